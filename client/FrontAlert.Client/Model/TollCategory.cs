using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>Which dead or wounded a toll counts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TollCategory>))]
public enum TollCategory
{
    [JsonStringEnumMemberName("killed")] Killed,
    [JsonStringEnumMemberName("civilians_killed")] CiviliansKilled,
    [JsonStringEnumMemberName("combatants_killed")] CombatantsKilled,
    [JsonStringEnumMemberName("wounded")] Wounded,
}
