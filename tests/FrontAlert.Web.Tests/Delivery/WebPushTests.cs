using System.Net;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>
/// Web Push to a local push service: what arrives decrypts with an independent implementation (npm http_ece) to the
/// alert, with RFC 8030 headers and a VAPID token a push service would accept; failures are retried or end the
/// Subscription as a push service says.
/// </summary>
public sealed class WebPushTests(DeliveryServer fixture) : IClassFixture<DeliveryServer>
{
    [Fact]
    public async Task A_push_decrypts_with_http_ece_to_the_alert_with_TTL_Urgency_Topic_and_a_valid_VAPID_token()
    {
        var world = new DeliveryWorld(fixture, "wp-one");
        await world.Create(severity: "critical");
        var subscription = await world.WebPush("phone");

        var alert = await world.Strike("wp-one-r1");

        var push = Assert.Single(await world.Received(subscription.Path, 1));
        var decrypted = Assert.Single(await DeliveryWorld.Decrypt([push], subscription.Keys!));
        Assert.Equal(alert.Str("id"), decrypted.Str("id"));
        Assert.Equal(alert.GetProperty("seq").GetInt64(), decrypted.GetProperty("seq").GetInt64());
        Assert.Equal(world.Town, decrypted.Str("locationId"));
        Assert.Equal(alert.Str("title"), decrypted.Str("title"));
        Assert.Equal("aes128gcm", push.Header("Content-Encoding"));
        Assert.Equal(DeliveryServer.TimeToLive.ToString(System.Globalization.CultureInfo.InvariantCulture), push.Header("TTL"));
        Assert.Equal("high", push.Header("Urgency"));
        Assert.Equal(world.Town, push.Header("Topic"));
        var publicKey = (await fixture.Server.Anonymous.GetJson("push/key")).Str("publicKey")!;
        VapidCheck.Verify(push.Header("Authorization"), publicKey, world.Receiver.Url(subscription.Path));
    }

    [Fact]
    public async Task The_push_key_is_an_uncompressed_P256_point_and_stays_the_same()
    {
        var first = (await fixture.Server.Anonymous.GetJson("push/key")).Str("publicKey")!;
        var point = System.Buffers.Text.Base64Url.DecodeFromChars(first);
        Assert.Equal(65, point.Length);
        Assert.Equal(0x04, point[0]);
        Assert.Equal(first, (await fixture.Server.Anonymous.GetJson("push/key")).Str("publicKey"));
    }

    [Fact]
    public async Task A_410_from_the_push_service_removes_the_subscription()
    {
        var world = new DeliveryWorld(fixture, "wp-gone");
        await world.Create();
        var gone = await world.WebPush("gone");
        var control = await world.WebPush("control");
        world.Receiver.Answer(gone.Path, 410);

        await world.Strike("wp-gone-r1");

        await world.Received(gone.Path, 1);
        var lookup = await Eventually.Get(() => world.Get(gone), r => r.StatusCode == HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.DoesNotContain(await Ids(), id => id == gone.Id);

        await world.Strike("wp-gone-r2");
        await world.Received(control.Path, 2);
        Assert.Single(world.Receiver.For(gone.Path));
    }

    [Fact]
    public async Task Three_503s_then_201_deliver_the_alert_once_more_with_the_same_Topic()
    {
        var world = new DeliveryWorld(fixture, "wp-retry");
        await world.Create();
        var subscription = await world.WebPush("phone");
        world.Receiver.Answer(subscription.Path, 503, 503, 503);

        var alert = await world.Strike("wp-retry-r1");

        var pushes = await world.Received(subscription.Path, 4);
        Assert.Equal([503, 503, 503, 201], pushes.Select(p => p.Status));
        Assert.All(pushes, p => Assert.Equal(world.Town, p.Header("Topic")));
        var decrypted = await DeliveryWorld.Decrypt(pushes, subscription.Keys!);
        Assert.All(decrypted, d => Assert.Equal(alert.Str("id"), d.Str("id")));
        Assert.True(pushes[1].At - pushes[0].At >= TimeSpan.FromMilliseconds(90), "the first retry came without back-off");

        var next = await world.Strike("wp-retry-r2");
        pushes = await world.Received(subscription.Path, 5);
        Assert.Equal(next.Str("id"), (await DeliveryWorld.Decrypt([pushes[4]], subscription.Keys!))[0].Str("id"));
        var state = await (await world.Get(subscription)).Read();
        Assert.Equal("active", state.Str("status"));
        Assert.Equal(2, state.GetProperty("delivery").GetProperty("delivered").GetInt64());
        Assert.Equal(0, state.GetProperty("delivery").GetProperty("failures").GetInt32());
    }

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_its_Retry_After()
    {
        var world = new DeliveryWorld(fixture, "wp-429");
        await world.Create();
        var subscription = await world.WebPush("phone");
        world.Receiver.Answer(subscription.Path, "2", 429);

        await world.Strike("wp-429-r1");

        var pushes = await world.Received(subscription.Path, 2);
        Assert.Equal([429, 201], pushes.Select(p => p.Status));
        Assert.True(pushes[1].At - pushes[0].At >= TimeSpan.FromSeconds(1.9), $"retried after {(pushes[1].At - pushes[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task After_too_many_failures_the_subscription_is_parked_as_failing_and_the_operator_sees_it()
    {
        var world = new DeliveryWorld(fixture, "wp-park");
        await world.Create();
        var subscription = await world.WebPush("phone");
        world.Receiver.Answer(subscription.Path, Enumerable.Repeat(500, DeliveryServer.MaxFailures + 2).ToArray());

        await world.Strike("wp-park-r1");

        var state = await Eventually.Get(async () => await (await world.Get(subscription)).Read(), s => s.Str("status") == "failing", TimeSpan.FromSeconds(30));
        Assert.Equal("failing", state.Str("status"));
        Assert.Equal(DeliveryServer.MaxFailures, state.GetProperty("delivery").GetProperty("failures").GetInt32());
        Assert.Equal("HTTP 500", state.GetProperty("delivery").Str("lastError"));
        Assert.Equal(DeliveryServer.MaxFailures, world.Receiver.For(subscription.Path).Count);
        var listed = (await fixture.Server.Operator.GetJson("subscriptions")).EnumerateArray().Single(s => s.Str("id") == subscription.Id);
        Assert.Equal("failing", listed.Str("status"));
    }

    [Fact]
    public async Task Filters_keep_alerts_below_the_minimum_severity_and_of_other_kinds_away()
    {
        var world = new DeliveryWorld(fixture, "wp-filter");
        await world.Create(severity: "warning");
        var critical = await world.WebPush("critical-only", new { minSeverity = "critical" });
        var control = await world.WebPush("control-changes", new { kinds = new[] { "control-change" } });
        var everything = await world.WebPush("everything", new { minSeverity = "warning", kinds = new[] { "strike" } });

        var alert = await world.Strike("wp-filter-r1");

        await world.Received(everything.Path, 1);
        foreach (var unwanted in new[] { critical, control })
        {
            // its cursor passed the alert: it was looked at and found unwanted, not merely not reached yet
            var seq = alert.GetProperty("seq").GetInt64();
            var state = await Eventually.Get(async () => await (await world.Get(unwanted)).Read(),
                s => s.GetProperty("delivery").GetProperty("cursor").GetInt64() >= seq);
            Assert.True(state.GetProperty("delivery").GetProperty("cursor").GetInt64() >= seq, state.ToString());
            Assert.Equal(0, state.GetProperty("delivery").GetProperty("delivered").GetInt64());
            Assert.Empty(world.Receiver.For(unwanted.Path));
        }
    }

    private async Task<IEnumerable<string>> Ids() =>
        (await fixture.Server.Operator.GetJson("subscriptions")).EnumerateArray().Select(s => s.Str("id")!);
}
