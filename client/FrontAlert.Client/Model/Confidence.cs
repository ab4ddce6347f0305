using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>How sure FrontAlert is of a control state; ordered as rules read it (claimed &lt; contested &lt; confirmed).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Confidence>))]
public enum Confidence
{
    [JsonStringEnumMemberName("claimed")] Claimed,
    [JsonStringEnumMemberName("contested")] Contested,
    [JsonStringEnumMemberName("confirmed")] Confirmed,
}
