using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// Something that happened at a place and that rules in its scope may want to hear. Events travel up the
/// location tree with the roll-ups; <see cref="EventId"/> is stable so an alert raised from one is the same alert on a retry.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ControlEvent), "control")]
[JsonDerivedType(typeof(StrikeEvent), "strike")]
[JsonDerivedType(typeof(RetractionEvent), "retraction")]
public abstract record LocationEvent(string EventId, string LocationId, DateTimeOffset ObservedAt)
{
    /// <summary>When the place accepted the report: a rule created later never judges this event.</summary>
    public DateTimeOffset? HeardAt { get; init; }

    /// <summary>Ancestor rules the place already judged this event by (ADR 0010); their scopes do not judge it again.</summary>
    public IReadOnlyList<string> Judged { get; init; } = [];

    /// <summary>Those of <see cref="Judged"/> that raised an alert, so each scope can tell when its rule last fired.</summary>
    public IReadOnlyList<string> Fired { get; init; } = [];
}
