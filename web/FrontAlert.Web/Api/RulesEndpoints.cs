using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

public static class RulesEndpoints
{
    public static void MapRules(this RouteGroupBuilder api)
    {
        api.MapPut("/rules/{id}", Put).RequireAuthorization(SecuritySetup.Operators);
        api.MapGet("/rules", List);
        api.MapGet("/rules/{id}", Get);
        api.MapDelete("/rules/{id}", Delete).RequireAuthorization(SecuritySetup.Operators);
    }

    private static async Task<IResult> Put(string id, JsonElement body, IGrainFactory grains, CatalogCache catalogs)
    {
        var errors = new List<FieldError>();
        var rule = RuleReader.Read(id, body, await catalogs.Get(), errors);
        if (rule is null)
        {
            return Problems.Invalid(errors, "The rule is not valid");
        }
        var stored = await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutRule(rule);
        var view = await Flatten(stored, grains);
        return stored.Revision == 1 ? Results.Created($"/api/v1/rules/{id}", view) : Results.Ok(view);
    }

    private static async Task<IResult> List(IGrainFactory grains)
    {
        var rules = await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Rules();
        var fired = await LastFired(rules.Select(r => r.ScopeId).Distinct(), grains);
        return Results.Ok(rules.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => Flatten(r, fired.GetValueOrDefault(r.Id))));
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains)
    {
        var rule = (await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Rules()).FirstOrDefault(r => r.Id == id);
        return rule is null ? Problems.NotFound("rule", id) : Results.Ok(await Flatten(rule, grains));
    }

    private static async Task<IResult> Delete(string id, IGrainFactory grains) =>
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).RemoveRule(id) ? Results.NoContent() : Problems.NotFound("rule", id);

    private static async Task<Dictionary<string, DateTimeOffset?>> LastFired(IEnumerable<string> scopes, IGrainFactory grains)
    {
        var watches = await Task.WhenAll(scopes.Select(s => grains.GetGrain<ILocationGrain>(s).Progress()));
        return watches.SelectMany(w => w).ToDictionary(w => w.Rule.Id, w => w.LastFiredAt, StringComparer.Ordinal);
    }

    private static async Task<JsonElement> Flatten(Rule rule, IGrainFactory grains) =>
        Flatten(rule, (await LastFired([rule.ScopeId], grains)).GetValueOrDefault(rule.Id));

    /// <summary>The rule's own fields with <c>lastFiredAt</c> beside them, so the contract's rule JSON stays flat.</summary>
    private static JsonElement Flatten(Rule rule, DateTimeOffset? lastFiredAt)
    {
        var node = JsonSerializer.SerializeToNode(rule, DomainJson.Options)!.AsObject();
        node["lastFiredAt"] = lastFiredAt;
        return JsonSerializer.SerializeToElement(node, DomainJson.Options);
    }
}
