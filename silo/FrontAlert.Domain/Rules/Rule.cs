namespace FrontAlert.Domain;

/// <summary>
/// What an operator wants to hear about a scope (a location subtree). Only the fields of its <see cref="Kind"/> matter.
/// <see cref="Revision"/> grows on every change, so a toll rule whose terms changed starts watching afresh.
/// </summary>
public sealed record Rule
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required RuleKind Kind { get; init; }
    public required string ScopeId { get; init; }
    public Severity Severity { get; init; } = Severity.Warning;
    public bool Enabled { get; init; } = true;

    public Confidence MinConfidence { get; init; } = Confidence.Confirmed;

    public TollCategory? Category { get; init; }
    public long? Threshold { get; init; }
    public Trust? MinTrust { get; init; }
    public string? ActorId { get; init; }

    /// <summary>toll-divergence: how many times the lowest figure the highest must be.</summary>
    public double? Ratio { get; init; }

    /// <summary>inhibit: while an alert of this rule stands for a place, the target rules' alerts inside it are held.</summary>
    public string? SourceRuleId { get; init; }
    public IReadOnlyList<string>? TargetRuleIds { get; init; }
    [System.Text.Json.Serialization.JsonConverter(typeof(IsoDuration))]
    public TimeSpan? Window { get; init; }

    /// <summary>control-change: more holder changes than this within <see cref="FlapWindow"/> make the place flap.</summary>
    public int? FlapChanges { get; init; }
    [System.Text.Json.Serialization.JsonConverter(typeof(IsoDuration))]
    public TimeSpan? FlapWindow { get; init; }

    public int? MinKilled { get; init; }
    public int? MinCiviliansKilled { get; init; }

    /// <summary>
    /// control-change and strike: hear only events placed at least this exactly (1 the place itself, 2 near it or its
    /// district, 3 the province; see <see cref="Precision"/>). Null hears all. Reports without a precision are exact.
    /// </summary>
    public int? MaxGeoPrecision { get; init; }

    public bool Hears(Precision? precision) => MaxGeoPrecision is not { } max || (precision?.Geo ?? Precision.Exact) <= max;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// How long after its creation a rule starts judging events: longer than any catalog cache that still forwards
    /// nothing can be behind, so a place whose catalog lacks a new rule hears nothing that rule may judge (ADR 0027).
    /// Creating a rule returns only once it is live.
    /// </summary>
    public static readonly TimeSpan LiveDelay = TimeSpan.FromSeconds(2);

    /// <summary>Events heard from this moment on are judged by the rule.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset LiveAt => CreatedAt + LiveDelay;

    public DateTimeOffset UpdatedAt { get; init; }
    public long Revision { get; init; }

    /// <summary>
    /// How many times a rule of this id was created: deleting and creating it again starts a new incarnation (and
    /// <see cref="Revision"/> starts again at 1), so the new rule's alert ids never repeat the old rule's (ADR 0013).
    /// </summary>
    public long Incarnation { get; init; }

    /// <summary>The rule's part of its alert ids: the id alone for a first incarnation, as before incarnations existed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string AlertKey => Incarnation > 1 ? $"{Id}@{Incarnation}" : Id;

    [System.Text.Json.Serialization.JsonIgnore]
    public TollLens Lens => new(MinTrust, ActorId);

    /// <summary>True when the terms that decide a toll crossing differ, so the watch must start over.</summary>
    public bool WatchesDifferently(Rule other) =>
        Kind != other.Kind || Category != other.Category || Threshold != other.Threshold
        || MinTrust != other.MinTrust || ActorId != other.ActorId || ScopeId != other.ScopeId || Ratio != other.Ratio;
}
