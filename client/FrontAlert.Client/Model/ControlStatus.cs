using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>What a control report says the actor did.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ControlStatus>))]
public enum ControlStatus
{
    [JsonStringEnumMemberName("captured")] Captured,
    [JsonStringEnumMemberName("holds")] Holds,
    [JsonStringEnumMemberName("contested")] Contested,
    [JsonStringEnumMemberName("withdrew")] Withdrew,
}
