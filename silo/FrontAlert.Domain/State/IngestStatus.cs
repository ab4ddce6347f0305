using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<IngestStatus>))]
public enum IngestStatus
{
    [JsonStringEnumMemberName("accepted")] Accepted,
    [JsonStringEnumMemberName("duplicate")] Duplicate,
}
