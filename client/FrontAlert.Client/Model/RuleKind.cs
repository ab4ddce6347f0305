using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>What a rule listens for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleKind>))]
public enum RuleKind
{
    [JsonStringEnumMemberName("control-change")] ControlChange,
    [JsonStringEnumMemberName("toll-threshold")] TollThreshold,
    [JsonStringEnumMemberName("strike")] Strike,
}
