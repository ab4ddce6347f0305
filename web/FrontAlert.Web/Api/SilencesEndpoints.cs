using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

public static class SilencesEndpoints
{
    public static void MapSilences(this RouteGroupBuilder api)
    {
        var silences = api.MapGroup("/silences").RequireAuthorization(SecuritySetup.Operators);
        silences.MapPost("", Post);
        silences.MapGet("", async (CatalogCache catalogs) => Results.Ok((await catalogs.Get()).Silences.OrderBy(s => s.Until)));
        silences.MapDelete("/{id}", Delete);
    }

    private static async Task<IResult> Post(JsonElement body, IGrainFactory grains, CatalogCache catalogs, TimeProvider clock)
    {
        var errors = new List<FieldError>();
        var silence = CatalogReader.ReadSilence(Guid.NewGuid().ToString("N"), body, await catalogs.Get(), clock.GetUtcNow(), errors);
        if (silence is null)
        {
            return Problems.Invalid(errors, "The silence is not valid");
        }
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutSilence(silence);
        catalogs.Invalidate();
        return Results.Created($"/api/v1/silences/{silence.Id}", silence);
    }

    private static async Task<IResult> Delete(string id, IGrainFactory grains, CatalogCache catalogs)
    {
        var removed = await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).RemoveSilence(id);
        catalogs.Invalidate();
        return removed ? Results.NoContent() : Problems.NotFound("silence", id);
    }
}
