namespace FrontAlert.Domain;

/// <summary>What one source says now about who holds a place: its latest control report.</summary>
public sealed record Claim(string SourceId, string ActorId, ControlStatus Status, DateTimeOffset ObservedAt, string ReportId)
{
    public bool AssertsHolder => Status is ControlStatus.Captured or ControlStatus.Holds;
}
