namespace FrontAlert.Domain;

/// <summary>What one source says now about who holds the place.</summary>
public sealed record ClaimView(string SourceId, string ActorId, Side? Side, ControlStatus Status, DateTimeOffset ObservedAt, string ReportId)
{
    /// <summary>How exactly the claim's report placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }
}
