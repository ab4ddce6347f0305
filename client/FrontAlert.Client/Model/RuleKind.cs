using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>What a rule listens for, and the kinds of alert the server raises on its own (corrections, flapping).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleKind>))]
public enum RuleKind
{
    [JsonStringEnumMemberName("control-change")] ControlChange,
    [JsonStringEnumMemberName("toll-threshold")] TollThreshold,
    [JsonStringEnumMemberName("strike")] Strike,
    [JsonStringEnumMemberName("toll-divergence")] TollDivergence,
    [JsonStringEnumMemberName("inhibit")] Inhibit,

    /// <summary>Only on alerts: an earlier alert no longer holds (see <see cref="Alert.Corrects"/>).</summary>
    [JsonStringEnumMemberName("correction")] Correction,

    /// <summary>Only on alerts: a Location's holder keeps changing back and forth (flapping).</summary>
    [JsonStringEnumMemberName("contested")] Contested,
}
