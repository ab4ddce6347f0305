using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// What a location tells its parent: its whole subtree's strike totals (absolute, versioned) and the events its
/// parent's rules have not yet heard. A retried or repeated update cannot double-count.
/// </summary>
public sealed record RollUp(string ChildId, long Version, [property: JsonPropertyName("totals")] Incidents Incidents, IReadOnlyList<LocationEvent> Events);
