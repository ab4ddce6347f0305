namespace FrontAlert.Domain;

/// <summary>
/// When a place last changed hands (bounded), and for which control-change rules it is flapping now, with the
/// <c>contested</c> alert that said so: that alert's id marks the change alerts held back until the place settles.
/// </summary>
public sealed class FlapWatch
{
    public const int Kept = 32;

    public List<DateTimeOffset> Changes { get; set; } = [];
    public Dictionary<string, string> Flapping { get; set; } = new(StringComparer.Ordinal);
}
