namespace FrontAlert.Client;

/// <summary>A recent strike at the place itself, as the live state lists it.</summary>
public sealed record StrikeRecord(
    string ReportId,
    string SourceId,
    string? PerpetratorId,
    string Kind,
    int Killed,
    int CiviliansKilled,
    int Wounded,
    DateTimeOffset ObservedAt)
{
    /// <summary>How exactly the report placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }
}
