using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// How sure we are of a control state. Ordered for rules: a rule at <c>claimed</c> hears everything,
/// one at <c>contested</c> hears contests and confirmed changes, one at <c>confirmed</c> only confirmed changes.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Confidence>))]
public enum Confidence
{
    [JsonStringEnumMemberName("claimed")] Claimed = 0,
    [JsonStringEnumMemberName("contested")] Contested = 1,
    [JsonStringEnumMemberName("confirmed")] Confirmed = 2,
}
