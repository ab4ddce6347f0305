namespace FrontAlert.Domain;

/// <summary>An armed party, e.g. <c>saa</c> or <c>hts</c>, and the side it fights for.</summary>
public sealed record Actor(string Id, string Name, Side Side)
{
    /// <summary>Other names it goes by, e.g. ACLED's "HTS: Hayat Tahrir al Sham": matched by imports, never shown as the name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
