namespace FrontAlert.Contracts;

/// <summary>
/// <c>FrontAlert:Retention</c>. The defaults hold a year of a busy war on one Redis of a few GB (measured sizes in
/// docs/contract/alert-log.md): 1,000,000 alerts or 400 days of them, 20,000 reports per place.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "FrontAlert:Retention";

    /// <summary>The alert log keeps at most this many alerts (the newest); 0 keeps all.</summary>
    public long AlertMaxCount { get; set; } = 1_000_000;

    /// <summary>The alert log drops alerts raised longer ago than this; 0 keeps all.</summary>
    public double AlertMaxAgeDays { get; set; } = 400;

    /// <summary>
    /// A place's report store and timeline keep this many reports (the newest by observedAt); 0 keeps all. The
    /// report-place index, which makes every report id a duplicate forever, is not trimmed.
    /// </summary>
    public int ReportsPerPlace { get; set; } = 20_000;

    /// <summary>How often a silo trims the alert log and removes expired silences.</summary>
    public double TrimEverySeconds { get; set; } = 60;
}
