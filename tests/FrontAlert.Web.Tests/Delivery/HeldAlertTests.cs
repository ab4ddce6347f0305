using FrontAlert.Testing;
using System.Text.Json;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>An alert marked inhibitedBy stays in the log but no notification channel sends it.</summary>
public sealed class HeldAlertTests(DeliveryServer fixture) : IClassFixture<DeliveryServer>
{
    [Fact]
    public async Task A_held_change_of_a_flapping_place_is_logged_but_not_sent_to_a_webhook()
    {
        var world = new DeliveryWorld(fixture, "wh-held");
        await world.Create();
        await world.Server.Rule("wh-held-front", new { kind = "control-change", scopeId = world.Land, severity = "critical", flapChanges = 1 });
        var hook = await world.Webhook("desk");
        await world.Server.Ingest(Json.Control("wh-held-0", world.Town, "saa", "sohr", "2024-11-30T00:00:00Z", status: "holds"));
        var before = await world.Server.Anonymous.LastSeq();
        await world.Server.Ingest(Json.Control("wh-held-1", world.Town, "hts", "sohr", "2024-11-30T01:00:00Z"));
        await world.Server.Ingest(Json.Control("wh-held-2", world.Town, "saa", "sohr", "2024-11-30T02:00:00Z"));
        var logged = await world.Server.Anonymous.Alerts($"?after={before}", 3);
        var held = Assert.Single(logged, a => a.Str("inhibitedBy") is not null);

        var sentinel = await world.Strike("wh-held-s1");

        var received = await world.Received(hook.Path, 3);
        var ids = received.Select(r => JsonDocument.Parse(r.Text).RootElement.Str("id")).ToList();
        Assert.Equal(sentinel.Str("id"), ids[^1]);
        Assert.Equal(3, ids.Count);
        Assert.DoesNotContain(held.Str("id"), ids);
        Assert.Contains(logged.Single(a => a.Str("kind") == "contested").Str("id"), ids);
    }
}
