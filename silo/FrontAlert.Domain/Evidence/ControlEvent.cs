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
    IReadOnlyList<string> ReportIds) : LocationEvent(EventId, LocationId, ObservedAt)
{
    /// <summary>When the change is only a challenge to an assessed holder: the holder, who still holds the place.</summary>
    public ActorRef? Holder { get; init; }

    /// <summary>Sources that contradict the challenge within the window (the holder's side or trust ≥ media).</summary>
    public IReadOnlyList<string> DeniedBy { get; init; } = [];

    /// <summary>How exactly the report that brought the change placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }
}
