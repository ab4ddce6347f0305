using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>The camp an actor fights for; a place changes hands when its side changes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Side>))]
public enum Side
{
    [JsonStringEnumMemberName("government")] Government,
    [JsonStringEnumMemberName("opposition")] Opposition,
    [JsonStringEnumMemberName("sdf")] Sdf,
    [JsonStringEnumMemberName("other")] Other,
}
