using System.Text.Json;
using FrontAlert.Testing;
using StandardWebhooks;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>
/// A storm reaches a phone and a newsroom as a few messages that say what happened, not one per place: alerts of one
/// rule in one governorate are grouped per Subscription (wait, then updates at most once per interval), while every
/// alert stays in the log.
/// </summary>
public sealed class GroupedNotificationTests(DeliveryServer fixture) : IClassFixture<DeliveryServer>
{
    private static readonly object Defaults = new { groupWaitSeconds = (int?)null, groupIntervalSeconds = (int?)null };

    [Fact]
    public async Task Fifteen_places_taken_in_one_governorate_reach_a_default_Subscription_as_one_push_and_one_webhook_call()
    {
        var world = new DeliveryWorld(fixture, "gr-storm");
        await world.Create();
        var towns = await world.HeldTowns(15);
        var phone = await world.WebPush("phone", Defaults);
        var desk = await world.Webhook("desk", more: Defaults);

        var alerts = await world.Captured(towns);
        Assert.Equal(15, alerts.Count); // all of them in the log, each its own alert
        var ids = alerts.Select(a => a.Str("id")!).ToHashSet();

        // the default wait is 30 s: the whole storm has joined the group by then
        var pushes = await Eventually.Get(async () => await DeliveryWorld.Decrypt(await world.Received(phone.Path, 1, seconds: 90), phone.Keys!),
            p => ids.IsSubsetOf(p.SelectMany(AlertIds)), TimeSpan.FromSeconds(90));
        var calls = await Eventually.Get(async () => await world.Received(desk.Path, 1, seconds: 90),
            c => ids.IsSubsetOf(c.SelectMany(r => Alerts(r).Select(a => a.Str("id")!))), TimeSpan.FromSeconds(90));
        Assert.InRange(pushes.Count, 1, 2);
        Assert.InRange(calls.Count, 1, 2);

        var group = pushes[^1].GetProperty("group");
        Assert.True(group.Str("title")!.Contains("took 15 places in", StringComparison.Ordinal), string.Join("\n", pushes));
        Assert.Equal(15, group.GetProperty("total").GetInt32());
        Assert.Equal("gr-storm-gov", group.Str("scopeId"));
        var fell = alerts.OrderBy(a => a.GetProperty("seq").GetInt64()).Select(a => a.Str("locationName"));
        Assert.StartsWith(string.Join(", ", fell.Take(10)) + " and 5 more.", group.Str("message"), StringComparison.Ordinal); // in the order they fell
        var call = calls[^1];
        new StandardWebhook(desk.Secret!).Verify(call.Text, call.Headers);
        Assert.Equal(ids, Alerts(call).Select(a => a.Str("id")!).ToHashSet());
        Assert.Equal($"{JsonDocument.Parse(call.Text).RootElement.Str("groupId")}/15", call.Header("webhook-id"));
    }

    [Fact]
    public async Task Alerts_joining_a_sent_group_go_out_as_one_update_an_interval_later_under_the_same_Topic()
    {
        var world = new DeliveryWorld(fixture, "gr-upd");
        await world.Create();
        var towns = await world.HeldTowns(5);
        var timing = new { groupWaitSeconds = 2, groupIntervalSeconds = 3 };
        var phone = await world.WebPush("phone", timing);
        var desk = await world.Webhook("desk", format: "alertmanager", more: timing);

        var first = await world.Captured(towns.Take(3));
        var firstPush = Assert.Single(await DeliveryWorld.Decrypt(await world.Received(phone.Path, 1), phone.Keys!));
        Assert.Equal(first.Select(a => a.Str("id")).Order(), AlertIds(firstPush).Order());
        var later = await world.Captured(towns.Skip(3));

        var pushes = await world.Received(phone.Path, 2);
        var update = (await DeliveryWorld.Decrypt(pushes, phone.Keys!))[1].GetProperty("group");
        Assert.Equal((5, 2, 2), (update.GetProperty("total").GetInt32(), update.GetProperty("new").GetInt32(), update.GetProperty("notification").GetInt32()));
        Assert.EndsWith("(2 new)", update.Str("title"), StringComparison.Ordinal);
        Assert.Equal(pushes[0].Header("Topic"), pushes[1].Header("Topic")); // the update replaces the first on the push service
        Assert.True(pushes[1].At - pushes[0].At >= TimeSpan.FromSeconds(2.5), $"update {(pushes[1].At - pushes[0].At).TotalSeconds:F1} s after the first");

        var calls = await world.Received(desk.Path, 2);
        var payload = JsonDocument.Parse(calls[1].Text).RootElement;
        Assert.Equal([.. first.Concat(later).Select(a => a.Str("id")).Order()],
            payload.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("annotations").Str("alertId")).Order());
        Assert.Equal("gr-upd-gov", payload.GetProperty("groupLabels").Str("groupScopeId"));
        Assert.NotEqual(calls[0].Header("webhook-id"), calls[1].Header("webhook-id"));
    }

    [Fact]
    public async Task A_capture_retracted_while_its_group_waits_is_neither_announced_nor_corrected()
    {
        var world = new DeliveryWorld(fixture, "gr-retract");
        await world.Create();
        var towns = await world.HeldTowns(2);
        var phone = await world.WebPush("phone", new { groupWaitSeconds = 4, groupIntervalSeconds = 60 });

        var taken = await world.Captured(towns);
        var before = await fixture.Server.Anonymous.LastSeq();
        await fixture.Server.Ingest(Storm.Retraction("gr-retract-x", $"{towns[0]}-taken-2024-11-30T10:00:00Z", "sohr"));
        var correction = (await fixture.Server.Anonymous.Alerts($"?after={before}&scopeId={world.Land}", atLeast: 1)).Single(a => a.Str("kind") == "correction");

        // the one push is the group, with only the capture that still holds; the correction of the other was not sent
        var push = Assert.Single(await DeliveryWorld.Decrypt(await world.Received(phone.Path, 1), phone.Keys!));
        var kept = taken.Single(a => a.Str("locationId") == towns[1]).Str("id");
        Assert.Equal([kept], AlertIds(push));
        Assert.Equal(1, push.GetProperty("group").GetProperty("total").GetInt32());
        Assert.Equal(taken.Single(a => a.Str("locationId") == towns[0]).Str("id"), correction.Str("corrects"));
        Assert.Single(world.Receiver.For(phone.Path));
    }

    private static IEnumerable<string> AlertIds(JsonElement push) =>
        push.TryGetProperty("group", out var g) ? g.GetProperty("alertIds").EnumerateArray().Select(i => i.GetString()!) : [push.Str("id")!];

    private static IEnumerable<JsonElement> Alerts(LocalReceiver.Received call) =>
        JsonDocument.Parse(call.Text).RootElement.GetProperty("alerts").EnumerateArray();
}
