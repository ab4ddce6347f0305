namespace FrontAlert.Domain;

/// <summary>What one source says now about who holds a place: its latest control report.</summary>
public sealed record Claim(string SourceId, string ActorId, ControlStatus Status, DateTimeOffset ObservedAt, string ReportId)
{
    /// <summary>How exactly the report placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }

    public bool AssertsHolder => Status is ControlStatus.Captured or ControlStatus.Holds;
}
