namespace FrontAlert.Domain;

/// <summary>A strike, carried up the tree so that strike rules on every ancestor can judge it.</summary>
public sealed record StrikeEvent(
    string EventId,
    string LocationId,
    DateTimeOffset ObservedAt,
    string ReportId,
    string SourceId,
    string? PerpetratorId,
    string Kind,
    int Killed,
    int CiviliansKilled,
    int Wounded) : LocationEvent(EventId, LocationId, ObservedAt)
{
    /// <summary>How exactly the report placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }
}
