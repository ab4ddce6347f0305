namespace FrontAlert.Domain;

/// <summary>
/// A place changed hands at some confidence, or came under dispute (<see cref="Contest"/>).
/// <see cref="Upgrade"/> marks a confirmation of a change first heard as a claim.
/// </summary>
public sealed record ControlEvent(
    string EventId,
    string LocationId,
    DateTimeOffset ObservedAt,
    ActorRef? From,
    ActorRef To,
    Confidence Confidence,
    bool Contest,
    bool Upgrade,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> ReportIds) : LocationEvent(EventId, LocationId, ObservedAt);
