using FrontAlert.Contracts;
using System.Text.Json;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// The built-in gazetteer: Syria's governorates, districts and main towns, the main actors and sources, and who
/// held each town on the eve of the November 2024 offensive. Loaded once, when the catalog is first created.
/// </summary>
public sealed record SeedCatalog(List<Location> Locations, List<Actor> Actors, List<Source> Sources, List<SeedCatalog.SeedControl> Control)
{
    /// <summary>The date the built-in holders are known for.</summary>
    public static readonly DateTimeOffset AsOf = new(2024, 11, 26, 0, 0, 0, TimeSpan.Zero);

    public sealed record SeedControl(string LocationId, string ActorId);

    public IEnumerable<InitialControl> InitialControls => Control.Select(h => new InitialControl(h.LocationId, h.ActorId, AsOf));

    public static SeedCatalog BuiltIn()
    {
        using var stream = typeof(SeedCatalog).Assembly.GetManifestResourceStream("FrontAlert.Grains.Seed.gazetteer.json")
            ?? throw new InvalidOperationException("the built-in gazetteer is missing from the assembly");
        return JsonSerializer.Deserialize<SeedCatalog>(stream, DomainJson.Options)
            ?? throw new InvalidOperationException("the built-in gazetteer is empty");
    }
}
