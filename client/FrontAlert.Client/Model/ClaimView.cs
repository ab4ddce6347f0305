namespace FrontAlert.Client;

/// <summary>What one source says now about who holds a place: the contradictions stay visible.</summary>
public sealed record ClaimView(string SourceId, string ActorId, Side? Side, ControlStatus Status, DateTimeOffset ObservedAt, string? ReportId);
