namespace FrontAlert.Domain;

/// <summary>
/// A rule as its scope location keeps it, with what it has seen: the last effective figure (so a crossing is a move
/// from below to at-or-above) and whether it has fired (a toll rule fires once per revision of its terms).
/// </summary>
public sealed class RuleProgress
{
    public required Rule Rule { get; set; }
    public long LastValue { get; set; }
    public bool Fired { get; set; }
    public DateTimeOffset? LastFiredAt { get; set; }

    /// <summary>The toll alert this watch raised and that still stands, so a retraction can correct it.</summary>
    public Alert? Raised { get; set; }

    /// <summary>How often this watch fired in this revision (a divergence re-arms; a corrected crossing re-arms).</summary>
    public int Firings { get; set; }
}
