namespace FrontAlert.Client;

/// <summary>What one source says now about who holds a place: the contradictions stay visible.</summary>
public sealed record ClaimView(string SourceId, string ActorId, Side? Side, ControlStatus Status, DateTimeOffset ObservedAt, string? ReportId)
{
    /// <summary>How exactly the claim's report placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }
}
