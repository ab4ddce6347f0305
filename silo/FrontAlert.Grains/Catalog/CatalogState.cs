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
    public List<Holding> Holdings { get; set; } = [];
    public List<Rule> Rules { get; set; } = [];

    public CatalogData ToData() => new(Version, [.. Locations], [.. Actors], [.. Sources], [.. Silences], [.. Holdings], [.. Rules]);
}
