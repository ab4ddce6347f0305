using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>A catalog snapshot on the wire; domain records inside travel through the JSON codec.</summary>
[GenerateSerializer, Immutable, Alias("FrontAlert.CatalogData")]
public sealed record CatalogData(
    [property: Id(0)] long Version,
    [property: Id(1)] Location[] Locations,
    [property: Id(2)] Actor[] Actors,
    [property: Id(3)] Source[] Sources,
    [property: Id(4)] Silence[] Silences,
    [property: Id(5)] InitialControl[] InitialControls,
    [property: Id(6)] Rule[] Rules)
{
    public Domain.Catalog ToCatalog() => new(Version, Locations, Actors, Sources, Silences, InitialControls, Rules);
}
