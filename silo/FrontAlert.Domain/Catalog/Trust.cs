using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>How far a source is believed. Ordered: a higher value is more trusted.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Trust>))]
public enum Trust
{
    [JsonStringEnumMemberName("unverified")] Unverified = 0,
    [JsonStringEnumMemberName("partisan")] Partisan = 1,
    [JsonStringEnumMemberName("media")] Media = 2,
    [JsonStringEnumMemberName("monitor")] Monitor = 3,
}
