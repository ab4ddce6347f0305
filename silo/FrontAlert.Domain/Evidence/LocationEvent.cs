using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// Something that happened at a place and that rules in its scope may want to hear. Events travel up the
/// location tree with the roll-ups; <see cref="EventId"/> is stable so an alert raised from one is the same alert on a retry.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ControlEvent), "control")]
[JsonDerivedType(typeof(StrikeEvent), "strike")]
public abstract record LocationEvent(string EventId, string LocationId, DateTimeOffset ObservedAt);
