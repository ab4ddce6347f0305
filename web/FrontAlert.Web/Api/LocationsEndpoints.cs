using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

public static class LocationsEndpoints
{
    public const int MaxTimeline = 1000;

    public static void MapLocations(this RouteGroupBuilder api)
    {
        api.MapPut("/locations/{id}", Put).RequireAuthorization(SecuritySetup.Operators);
        api.MapGet("/locations/{id}", Get);
        api.MapGet("/locations", List);
        api.MapGet("/locations/{id}/timeline", Timeline);
    }

    private static async Task<IResult> Put(string id, JsonElement body, IGrainFactory grains, CatalogCache catalogs)
    {
        var catalog = await catalogs.Get();
        var errors = new List<FieldError>();
        var location = CatalogReader.ReadLocation(id, body, catalog, errors);
        if (location is null)
        {
            return Problems.Invalid(errors, "The location is not valid");
        }
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutLocation(location);
        catalogs.Invalidate();
        return catalog.Locations.ContainsKey(id) ? Results.Ok(location) : Results.Created($"/api/v1/locations/{id}", location);
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains, CatalogCache catalogs)
    {
        var catalog = await catalogs.Get();
        if (!catalog.Locations.ContainsKey(id))
        {
            return Problems.NotFound("location", id);
        }
        var state = await grains.GetGrain<ILocationGrain>(id).State();
        return state is null ? Problems.NotFound("location", id) : Results.Ok(state);
    }

    private static async Task<IResult> List(string? parentId, string? kind, CatalogCache catalogs)
    {
        (parentId, kind) = (Query.Text(parentId), Query.Text(kind));
        LocationKind? wanted = null;
        if (kind is not null)
        {
            var errors = new List<FieldError>();
            wanted = EnumNames.Parse<LocationKind>(kind, "kind", errors);
            if (wanted is null)
            {
                return Problems.Invalid(errors);
            }
        }
        var catalog = await catalogs.Get();
        return Results.Ok(catalog.Locations.Values
            .Where(l => parentId is null || l.ParentId == parentId)
            .Where(l => wanted is null || l.Kind == wanted)
            .OrderBy(l => l.Id, StringComparer.Ordinal));
    }

    private static async Task<IResult> Timeline(string id, string? limit, CatalogCache catalogs, IReportStore reports)
    {
        var errors = new List<FieldError>();
        var count = (int)(Query.Long(limit, "limit", 1, MaxTimeline, errors) ?? 50);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var catalog = await catalogs.Get();
        return catalog.Locations.ContainsKey(id)
            ? Results.Ok(await reports.Timeline(id, count))
            : Problems.NotFound("location", id);
    }
}
