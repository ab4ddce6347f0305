using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>Actors and sources: who fights for which side, who reports with what trust.</summary>
public static class ActorsAndSourcesEndpoints
{
    public static void MapActorsAndSources(this RouteGroupBuilder api)
    {
        api.MapPut("/actors/{id}", PutActor).RequireAuthorization(SecuritySetup.Operators);
        api.MapGet("/actors", async (CatalogCache catalogs) => Results.Ok((await catalogs.Get()).Actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal)));
        api.MapPut("/sources/{id}", PutSource).RequireAuthorization(SecuritySetup.Operators);
        api.MapGet("/sources", async (CatalogCache catalogs) => Results.Ok((await catalogs.Get()).Sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal)));
    }

    private static async Task<IResult> PutActor(string id, JsonElement body, IGrainFactory grains, CatalogCache catalogs)
    {
        var errors = new List<FieldError>();
        var actor = CatalogReader.ReadActor(id, body, errors);
        if (actor is null)
        {
            return Problems.Invalid(errors, "The actor is not valid");
        }
        var known = (await catalogs.Get()).Actors.ContainsKey(id);
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutActor(actor);
        catalogs.Invalidate();
        return known ? Results.Ok(actor) : Results.Created($"/api/v1/actors/{id}", actor);
    }

    private static async Task<IResult> PutSource(string id, JsonElement body, IGrainFactory grains, CatalogCache catalogs)
    {
        var errors = new List<FieldError>();
        var source = CatalogReader.ReadSource(id, body, errors);
        if (source is null)
        {
            return Problems.Invalid(errors, "The source is not valid");
        }
        var known = (await catalogs.Get()).Sources.ContainsKey(id);
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutSource(source);
        catalogs.Invalidate();
        return known ? Results.Ok(source) : Results.Created($"/api/v1/sources/{id}", source);
    }
}
