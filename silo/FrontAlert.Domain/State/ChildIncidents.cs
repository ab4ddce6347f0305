using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>The last absolute subtree totals a child sent, and their version: an older or equal version is ignored.</summary>
public sealed record ChildIncidents(long Version, [property: JsonPropertyName("totals")] Incidents Incidents);
