namespace FrontAlert.Domain;

/// <summary>
/// A raised alert. <see cref="Id"/> is derived from the rule and the event, so raising it again (after a crash or a
/// repeated roll-up) yields the same id and the alert log keeps it once. <see cref="Seq"/> is given by the log.
/// </summary>
public sealed record Alert
{
    public required string Id { get; init; }
    public long Seq { get; init; }

    /// <summary>
    /// The alert log's epoch when it was read: a seq means something only within one epoch, and losing data starts a
    /// new one. Stamped by the log on every read, never stored with the alert.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Epoch { get; init; }
    public required string RuleId { get; init; }
    public required RuleKind Kind { get; init; }
    public required Severity Severity { get; init; }
    public required string LocationId { get; init; }
    public required string LocationName { get; init; }
    public required string ScopeId { get; init; }
    public required string Title { get; init; }
    public required string Message { get; init; }
    public ActorRef? From { get; init; }
    public ActorRef? To { get; init; }
    public Confidence? Confidence { get; init; }
    public TollCategory? Category { get; init; }
    public long? Value { get; init; }
    public long? Threshold { get; init; }
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    public IReadOnlyList<string> ReportIds { get; init; } = [];
    /// <summary>For a correction: the alert it corrects, which no longer holds.</summary>
    public string? Corrects { get; init; }

    /// <summary>Logged but held back from notifications: the id of the alert (or rule) that inhibits it.</summary>
    public string? InhibitedBy { get; init; }

    /// <summary>How exactly the report behind a control change or strike placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }

    public DateTimeOffset ObservedAt { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
}
