namespace FrontAlert.Client;

/// <summary>Who holds a place, how sure FrontAlert is, since when, and on whose word.</summary>
public sealed record Control(
    string ActorId,
    Side Side,
    ControlStatus Status,
    Confidence Confidence,
    DateTimeOffset Since,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string>? ReportIds = null)
{
    /// <summary>How exactly the holder is known, from the reports it rests on; null when exact.</summary>
    public Precision? Precision { get; init; }
}
