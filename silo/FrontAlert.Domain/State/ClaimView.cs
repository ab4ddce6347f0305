namespace FrontAlert.Domain;

/// <summary>What one source says now about who holds the place.</summary>
public sealed record ClaimView(string SourceId, string ActorId, Side? Side, ControlStatus Status, DateTimeOffset ObservedAt, string ReportId);
