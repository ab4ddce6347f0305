using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<RuleKind>))]
public enum RuleKind
{
    [JsonStringEnumMemberName("control-change")] ControlChange,
    [JsonStringEnumMemberName("toll-threshold")] TollThreshold,
    [JsonStringEnumMemberName("strike")] Strike,
    [JsonStringEnumMemberName("toll-divergence")] TollDivergence,
    [JsonStringEnumMemberName("inhibit")] Inhibit,

    // Kinds of alerts that no rule of their own raises: a correction of an earlier alert, a place flapping between holders.
    [JsonStringEnumMemberName("correction")] Correction,
    [JsonStringEnumMemberName("contested")] Contested,
}
