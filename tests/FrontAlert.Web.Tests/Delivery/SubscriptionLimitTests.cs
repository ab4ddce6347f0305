using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>One address may hold only so many Subscriptions and create only so many a minute.</summary>
public sealed class SubscriptionLimitTests : IAsyncLifetime
{
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync() => _server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
    {
        ["FrontAlert:Delivery:AllowPrivateEndpoints"] = "true",
        ["FrontAlert:Delivery:MaxPerAddress"] = "2",
        ["FrontAlert:Limits:SubscriptionsPerMinute"] = "4",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_address_is_capped_in_subscriptions_held_and_rate_limited_in_new_ones()
    {
        // Nobody listens on this port, and no alert is raised: nothing is ever delivered.
        var endpoint = $"http://127.0.0.1:{FreePort.Next()}/push";
        async Task<HttpResponseMessage> Subscribe() =>
            await _server.Anonymous.PostAsync("subscriptions", Json.Body(new { channel = "webpush", endpoint, keys = PushKeys.Generate().Json }));

        var first = await Subscribe();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Subscribe()).StatusCode);
        var third = await Subscribe();
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);

        var created = await first.Read();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"subscriptions/{created.Str("id")}");
        delete.Headers.Add("X-Subscription-Token", created.Str("token"));
        Assert.Equal(HttpStatusCode.NoContent, (await _server.Anonymous.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Subscribe()).StatusCode);

        var limited = await Subscribe();
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null, "a 429 says when to come back");
        Assert.Equal(2, (await _server.Operator.GetJson("subscriptions")).GetArrayLength());
    }
}
