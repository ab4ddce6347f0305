namespace FrontAlert.Client;

/// <summary>
/// An alert rule (docs/contract/rules-and-alerts.md). Only the fields of its <see cref="Kind"/> matter. The server fills
/// <see cref="CreatedAt"/>, <see cref="UpdatedAt"/>, <see cref="Revision"/> and <see cref="LastFiredAt"/> and ignores
/// them on a PUT, so a rule read from the server can be changed with <c>with</c> and put back as it is.
/// </summary>
public sealed record Rule
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required RuleKind Kind { get; init; }
    public required string ScopeId { get; init; }
    public Severity? Severity { get; init; }
    public bool? Enabled { get; init; }
    public Confidence? MinConfidence { get; init; }
    public TollCategory? Category { get; init; }
    public long? Threshold { get; init; }
    public Trust? MinTrust { get; init; }
    public string? ActorId { get; init; }
    public int? MinKilled { get; init; }
    public int? MinCiviliansKilled { get; init; }

    /// <summary>control-change and strike: hear only events placed at least this exactly (1 place, 2 near or district, 3 province).</summary>
    public int? MaxGeoPrecision { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public long? Revision { get; init; }
    public DateTimeOffset? LastFiredAt { get; init; }
}
