using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<RuleKind>))]
public enum RuleKind
{
    [JsonStringEnumMemberName("control-change")] ControlChange,
    [JsonStringEnumMemberName("toll-threshold")] TollThreshold,
    [JsonStringEnumMemberName("strike")] Strike,
}
