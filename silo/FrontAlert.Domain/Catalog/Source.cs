namespace FrontAlert.Domain;

/// <summary>Who reports: an outlet or monitor, how far it is trusted and, for partisan outlets, whose side it speaks for.</summary>
public sealed record Source(string Id, string Name, Trust Trust, Side? Side = null)
{
    /// <summary>Other names it goes by, matched by imports.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
