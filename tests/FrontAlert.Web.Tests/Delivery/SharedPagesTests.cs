using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>
/// On Redis, the Subscriptions of a silo read the alert log through one shared cache of recent pages (ADR 0021): a
/// burst of alerts still reaches every Subscription whole and in seq order, none skipped because a page was cached
/// before the next alert was appended.
/// </summary>
public sealed class SharedPagesTests(DurableDeliveryServer fixture) : IClassFixture<DurableDeliveryServer>
{
    [Fact]
    public async Task A_burst_of_alerts_reaches_every_one_of_many_Subscriptions_whole_and_in_order()
    {
        var world = new DeliveryWorld(fixture, "shared-pages");
        await world.Create();
        var hooks = new List<DeliveryWorld.Subscribed>();
        for (var i = 0; i < 12; i++)
        {
            hooks.Add(await world.Webhook($"desk-{i}"));
        }
        var before = await world.Server.Anonymous.LastSeq();

        for (var n = 0; n < 10; n++)
        {
            await world.Server.Ingest(Json.Strike($"shared-pages-r{n}", world.Town, 3));
        }
        var alerts = await world.Server.Anonymous.Alerts($"?after={before}&scopeId={world.Land}", atLeast: 10);
        var expected = alerts.OrderBy(a => a.GetProperty("seq").GetInt64()).Select(a => a.Str("id")!).ToList();
        Assert.Equal(10, expected.Count);

        foreach (var hook in hooks)
        {
            var received = await Eventually.Get(() => Task.FromResult(world.Receiver.For(hook.Path)),
                r => r.Select(x => x.Header("webhook-id")).Distinct().Count() >= expected.Count, TimeSpan.FromSeconds(60));
            // at least once: a repeat is allowed, a gap or a reordering is not
            Assert.Equal(expected, received.Select(r => r.Header("webhook-id")!).Distinct().ToList());
        }
    }
}
