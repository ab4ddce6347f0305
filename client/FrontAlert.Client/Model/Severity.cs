using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>How loud an alert is. Ordered, so a client can ask for "this or louder".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("info")] Info,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("critical")] Critical,
}
