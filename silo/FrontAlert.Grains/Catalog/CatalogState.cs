using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>The catalog grain's stored state: small, operator-edited lists, and the index of every rule.</summary>
public sealed class CatalogState
{
    public long Version { get; set; }
    public bool Seeded { get; set; }
    public List<Location> Locations { get; set; } = [];
    public List<Actor> Actors { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
    public List<Silence> Silences { get; set; } = [];
    [System.Text.Json.Serialization.JsonPropertyName("holdings")]
    public List<InitialControl> InitialControls { get; set; } = [];
    public List<Rule> Rules { get; set; } = [];

    /// <summary>The latest incarnation of every rule id ever created, kept when the rule is deleted.</summary>
    public Dictionary<string, long> Incarnations { get; set; } = new(StringComparer.Ordinal);

    public CatalogData ToData() => new(Version, [.. Locations], [.. Actors], [.. Sources], [.. Silences], [.. InitialControls], [.. Rules]);
}
