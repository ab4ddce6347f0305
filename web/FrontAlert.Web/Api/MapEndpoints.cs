using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

public static class MapEndpoints
{
    public static void MapMap(this RouteGroupBuilder api)
    {
        api.MapGet("/map", Get);
        api.MapGet("/map/areas", GetAreas);
    }

    /// <summary>GeoJSON: one Point per located place with who holds it, how surely, since when, and who challenges it.</summary>
    private static async Task<IResult> Get(IGrainFactory grains, CatalogCache catalogs)
    {
        var catalog = await catalogs.Get();
        var places = catalog.Locations.Values.Where(l => l.Lat is not null && l.Lon is not null).OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        var states = await Task.WhenAll(places.Select(p => grains.GetGrain<ILocationGrain>(p.Id).State()));
        var features = places.Zip(states, (place, state) => Feature(place, state?.Control, state?.Challenge));
        return Results.Json(new { type = "FeatureCollection", features }, contentType: "application/geo+json");
    }

    private static object Feature(Location place, Control? control, Challenge? challenge) => new
    {
        type = "Feature",
        id = place.Id,
        geometry = new { type = "Point", coordinates = new[] { place.Lon!.Value, place.Lat!.Value } },
        properties = new
        {
            id = place.Id,
            name = place.Name,
            kind = place.Kind,
            parentId = place.ParentId,
            side = control?.Side,
            actorId = control?.ActorId,
            status = control?.Status,
            confidence = control?.Confidence,
            since = control?.Since,
            sourceIds = control?.SourceIds ?? [],
            precision = control?.Precision, // from imports: "approximate: province level" in the popup
            challenge, // a claim against the holder that could not confirm on its own; the map hatches it
        },
    };

    /// <summary>
    /// GeoJSON: the territory map, one Polygon (a MultiPolygon where the outline cuts it apart) per located place, its
    /// Voronoi cell in the country outline, with what the place's assessed control says: side, actor, confidence, and
    /// whether a claim challenges it or it is contested.
    /// </summary>
    private static async Task<IResult> GetAreas(string? scopeId, IGrainFactory grains, CatalogCache catalogs)
    {
        var catalog = await catalogs.Get();
        var scope = Query.Text(scopeId);
        if (scope is not null && !catalog.Locations.ContainsKey(scope))
        {
            return Problems.Invalid("scopeId", $"unknown location '{scope}'");
        }
        var cells = TerritoryCells.For(catalog).Where(c => scope is null || catalog.IsWithin(c.Place.Id, scope)).ToList();
        var states = await Task.WhenAll(cells.Select(c => grains.GetGrain<ILocationGrain>(c.Place.Id).State()));
        var features = cells.Zip(states, (cell, state) => Area(cell, CellControl.Of(cell.Place, state?.Control, state?.Challenge)));
        return Results.Json(new { type = "FeatureCollection", features }, contentType: "application/geo+json");
    }

    private static object Area(TerritoryCell cell, CellControl shown) => new
    {
        type = "Feature",
        id = shown.LocationId,
        geometry = cell.Geometry,
        properties = new
        {
            locationId = shown.LocationId,
            name = shown.Name,
            kind = shown.Kind,
            side = shown.Side,
            actorId = shown.ActorId,
            status = shown.Status,
            confidence = shown.Confidence,
            since = shown.Since,
            precision = shown.Precision,
            challenged = shown.Challenged,
            challengerSide = shown.ChallengerSide,
            challengerActorId = shown.ChallengerActorId,
            challengeConfidence = shown.ChallengeConfidence,
            contested = shown.Contested,
        },
    };
}
