using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>The camp an actor fights for. A place changes hands when its controlling side changes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Side>))]
public enum Side
{
    [JsonStringEnumMemberName("government")] Government,
    [JsonStringEnumMemberName("opposition")] Opposition,
    [JsonStringEnumMemberName("sdf")] Sdf,
    [JsonStringEnumMemberName("other")] Other,
}
