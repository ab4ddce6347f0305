using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>The token from <c>201</c> shows and removes its own Subscription, and nothing else does but the operator.</summary>
public sealed class SubscriptionTokenTests(DeliveryServer fixture) : IClassFixture<DeliveryServer>
{
    [Fact]
    public async Task The_token_shows_the_subscription_with_its_filters_and_defaults_and_removes_it()
    {
        var world = new DeliveryWorld(fixture, "tok");
        await world.Create();
        var subscription = await world.WebPush("phone", new { minSeverity = "warning", kinds = new[] { "control-change", "strike" }, minConfidence = "confirmed", groupWaitSeconds = (int?)null });

        var response = await world.Get(subscription);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Read();
        Assert.Equal(subscription.Id, view.Str("id"));
        Assert.Equal("webpush", view.Str("channel"));
        Assert.Equal(world.Receiver.Url(subscription.Path).ToString(), view.Str("endpoint"));
        Assert.Equal([world.Land], view.GetProperty("scopeIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("warning", view.Str("minSeverity"));
        Assert.Equal(["control-change", "strike"], view.GetProperty("kinds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("confirmed", view.Str("minConfidence"));
        Assert.Equal(30, view.GetProperty("groupWaitSeconds").GetInt32());
        Assert.Equal(300, view.GetProperty("groupIntervalSeconds").GetInt32());
        Assert.Equal("active", view.Str("status"));
        Assert.DoesNotContain(subscription.Keys!.Auth, view.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(subscription.Token, view.ToString(), StringComparison.Ordinal);

        using var noToken = new HttpRequestMessage(HttpMethod.Delete, $"subscriptions/{subscription.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Server.Anonymous.SendAsync(noToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Get(subscription, token: "not-the-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Server.Operator.GetAsync($"subscriptions/{subscription.Id}")).StatusCode);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"subscriptions/{subscription.Id}");
        delete.Headers.Add("X-Subscription-Token", subscription.Token);
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Server.Anonymous.SendAsync(delete)).StatusCode);
        await ApiTest.AssertNotFound(await world.Get(subscription));
    }

    [Fact]
    public async Task Grouping_seconds_are_kept_as_given()
    {
        var world = new DeliveryWorld(fixture, "tok-group");
        await world.Create();
        var subscription = await world.WebPush("phone", new { groupWaitSeconds = 0, groupIntervalSeconds = 60 });

        var view = await (await world.Get(subscription)).Read();
        Assert.Equal(0, view.GetProperty("groupWaitSeconds").GetInt32());
        Assert.Equal(60, view.GetProperty("groupIntervalSeconds").GetInt32());
    }

    [Fact]
    public async Task The_operator_removes_a_webhook_and_nothing_more_is_sent_to_it()
    {
        var world = new DeliveryWorld(fixture, "tok-hook");
        await world.Create();
        var hook = await world.Webhook("desk");
        var control = await world.WebPush("control");
        await world.Strike("tok-hook-r1");
        await world.Received(hook.Path, 1);

        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Server.Operator.DeleteAsync($"subscriptions/{hook.Id}")).StatusCode);
        await world.Strike("tok-hook-r2");

        await world.Received(control.Path, 2);
        Assert.Single(world.Receiver.For(hook.Path));
        await ApiTest.AssertNotFound(await fixture.Server.Operator.GetAsync($"subscriptions/{hook.Id}"));
    }
}
