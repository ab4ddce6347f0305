namespace FrontAlert.Domain;

/// <summary>Who holds a place, how sure we are, since when, and on whose word.</summary>
public sealed record Control(
    string ActorId,
    Side Side,
    ControlStatus Status,
    Confidence Confidence,
    DateTimeOffset Since,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> ReportIds)
{
    /// <summary>How exactly the holder is known, from the reports it rests on; null when exact (docs/contract/acled-import.md).</summary>
    public Precision? Precision { get; init; }
}
