using System.Security.Cryptography;
using FrontAlert.Hosting;
using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Contracts;
using Microsoft.Extensions.Options;

namespace FrontAlert.Web;

/// <summary>
/// <c>/subscriptions</c>: anyone may subscribe a Web Push endpoint (rate limited and capped per address) and gets a
/// token that alone shows or removes it; webhooks and the list of all Subscriptions are the operator's.
/// </summary>
public static class SubscriptionsEndpoints
{
    public const string TokenHeader = "X-Subscription-Token";
    public const string OperatorOwner = "operator";

    public static void MapSubscriptions(this RouteGroupBuilder api)
    {
        api.MapPost("/subscriptions", Post).RequireRateLimiting(RateLimits.Subscriptions);
        api.MapGet("/subscriptions", List).RequireAuthorization(SecuritySetup.Operators);
        api.MapGet("/subscriptions/{id}", Get);
        api.MapDelete("/subscriptions/{id}", Delete);
        api.MapGet("/push/key", async (IVapidKeyStore keys) => Results.Ok(new { publicKey = (await keys.Get()).PublicKey }));
    }

    private static async Task<IResult> Post(JsonElement body, HttpContext http, IGrainFactory grains, CatalogCache catalogs,
        ISubscriptionRegistry registry, IOptions<DeliveryOptions> options, TimeProvider clock)
    {
        var isOperator = http.User.IsInRole(Roles.Operator);
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("channel", out var channel)
            && channel.ValueKind == JsonValueKind.String && channel.GetString() == "webhook" && !isOperator)
        {
            return http.User.Identity?.IsAuthenticated == true ? Results.Forbid() : Results.Challenge();
        }
        var token = Base64Url.Encode(RandomNumberGenerator.GetBytes(32));
        var owner = isOperator ? OperatorOwner : http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var allowPrivate = options.Value.AllowPrivateEndpoints;
        var draft = new SubscriptionDraft(Guid.NewGuid().ToString("N"), Hash(token), owner, clock.GetUtcNow(), allowPrivate);
        var errors = new List<FieldError>();
        var subscription = SubscriptionReader.Read(draft, body, await catalogs.Get(), errors);
        if (subscription is null)
        {
            return Problems.Invalid(errors, "The subscription is not valid");
        }
        if (!allowPrivate && await EndpointGuard.Check(new Uri(subscription.Endpoint), http.RequestAborted) is { } refusal)
        {
            return Problems.Invalid(subscription.Channel == SubscriptionChannel.WebPush ? "endpoint" : "url", refusal);
        }
        if (!await registry.TryAdd(subscription.Id, owner, isOperator ? 0 : options.Value.MaxPerAddress))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Too many subscriptions",
                detail: $"This address holds {options.Value.MaxPerAddress} subscriptions already; remove one before adding another.");
        }
        await grains.GetGrain<ISubscriptionGrain>(subscription.Id).Create(subscription);
        return Results.Created($"/api/v1/subscriptions/{subscription.Id}", new { id = subscription.Id, token });
    }

    private static async Task<IResult> List(IGrainFactory grains, ISubscriptionRegistry registry)
    {
        var views = new List<SubscriptionView>();
        foreach (var batch in (await registry.Ids()).Chunk(200))
        {
            views.AddRange((await Task.WhenAll(batch.Select(id => grains.GetGrain<ISubscriptionGrain>(id).View()))).OfType<SubscriptionView>());
        }
        return Results.Ok(views.OrderBy(v => v.Subscription.CreatedAt).Select(SubscriptionJson.Render));
    }

    private static async Task<IResult> Get(string id, HttpContext http, IGrainFactory grains)
    {
        var view = await grains.GetGrain<ISubscriptionGrain>(id).View();
        return view is null ? Problems.NotFound("subscription", id)
            : Denied(http, view.Subscription) ?? Results.Ok(SubscriptionJson.Render(view));
    }

    private static async Task<IResult> Delete(string id, HttpContext http, IGrainFactory grains)
    {
        var grain = grains.GetGrain<ISubscriptionGrain>(id);
        var view = await grain.View();
        if (view is null)
        {
            return Problems.NotFound("subscription", id);
        }
        if (Denied(http, view.Subscription) is { } denied)
        {
            return denied;
        }
        await grain.Remove();
        return Results.NoContent();
    }

    /// <summary>Null when the caller is the operator or presents this Subscription's token.</summary>
    private static IResult? Denied(HttpContext http, Subscription subscription)
    {
        if (http.User.IsInRole(Roles.Operator))
        {
            return null;
        }
        if (http.Request.Headers[TokenHeader].ToString() is not { Length: > 0 } token)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: $"This needs the subscription's token in the {TokenHeader} header, or an operator key.");
        }
        return KeyHash.Matches(KeyHash.Of(token), Convert.FromHexString(subscription.TokenHash))
            ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"The {TokenHeader} header does not match this subscription.");
    }

    /// <summary>Stored as hex; hashed and compared the way API keys are (<see cref="KeyHash"/>).</summary>
    private static string Hash(string token) => Convert.ToHexStringLower(KeyHash.Of(token));
}
