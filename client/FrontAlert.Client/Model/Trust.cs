using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>How far a source is believed; ordered, higher is more trusted.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Trust>))]
public enum Trust
{
    [JsonStringEnumMemberName("unverified")] Unverified,
    [JsonStringEnumMemberName("partisan")] Partisan,
    [JsonStringEnumMemberName("media")] Media,
    [JsonStringEnumMemberName("monitor")] Monitor,
}
