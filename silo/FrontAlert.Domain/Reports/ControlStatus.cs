using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<ControlStatus>))]
public enum ControlStatus
{
    [JsonStringEnumMemberName("captured")] Captured,
    [JsonStringEnumMemberName("holds")] Holds,
    [JsonStringEnumMemberName("contested")] Contested,
    [JsonStringEnumMemberName("withdrew")] Withdrew,
}
