namespace FrontAlert.Client;

/// <summary>
/// An alert as the server raised it (docs/contract/rules-and-alerts.md). <see cref="Seq"/> grows by one per alert in the whole deployment,
/// so it is the resume point; <see cref="Id"/> is unique, so it is the duplicate check.
/// </summary>
public sealed record Alert
{
    public required string Id { get; init; }
    public long Seq { get; init; }

    /// <summary>The alert log's epoch: a seq is a resume point only within the epoch it was read in.</summary>
    public string? Epoch { get; init; }
    public required string RuleId { get; init; }
    public RuleKind Kind { get; init; }
    public Severity Severity { get; init; }
    public required string LocationId { get; init; }
    public string? LocationName { get; init; }
    public required string ScopeId { get; init; }
    public string Title { get; init; } = "";
    public string Message { get; init; } = "";
    public ActorRef? From { get; init; }
    public ActorRef? To { get; init; }
    public Confidence? Confidence { get; init; }
    public TollCategory? Category { get; init; }
    public long? Value { get; init; }
    public long? Threshold { get; init; }
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    public IReadOnlyList<string> ReportIds { get; init; } = [];

    /// <summary>On a correction: the id of the alert that no longer holds.</summary>
    public string? Corrects { get; init; }

    /// <summary>Set when an inhibit rule held this alert's notifications back; the alert is logged all the same.</summary>
    public string? InhibitedBy { get; init; }
    /// <summary>How exactly the report behind a control change or strike placed and dated it; null when exact.</summary>
    public Precision? Precision { get; init; }

    public DateTimeOffset ObservedAt { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
}
