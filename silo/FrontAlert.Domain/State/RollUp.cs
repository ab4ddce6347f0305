using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// What a location tells its parent: its whole subtree's strike totals (absolute, versioned), the events a rule above
/// may still need, and the rules above that places below fired. A retried or repeated update cannot double-count.
/// </summary>
public sealed record RollUp(string ChildId, long Version, [property: JsonPropertyName("totals")] Incidents Incidents, IReadOnlyList<LocationEvent> Events)
{
    /// <summary>Rules of the scopes above that a place below judged and fired for since the parent last acknowledged.</summary>
    public IReadOnlyList<string> Fired { get; init; } = [];
}
