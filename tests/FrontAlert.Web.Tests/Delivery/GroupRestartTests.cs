using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>Alerts that joined a group are stored with the cursor that passed them: a restart before the wait ends loses none.</summary>
public sealed class GroupRestartTests(DurableDeliveryServer fixture) : IClassFixture<DurableDeliveryServer>
{
    [Fact]
    public async Task A_group_waiting_when_the_server_restarts_is_sent_whole_by_the_next_one()
    {
        var world = new DeliveryWorld(fixture, "gr-restart");
        await world.Create();
        var towns = await world.HeldTowns(3);
        var phone = await world.WebPush("phone", new { groupWaitSeconds = 8, groupIntervalSeconds = 60 });

        var alerts = await world.Captured(towns);
        var last = alerts.Max(a => a.GetProperty("seq").GetInt64());
        // the cursor passed all three into the group, and nothing has been sent yet
        var waiting = await Eventually.Get(async () => await (await world.Get(phone)).Read(),
            v => v.GetProperty("delivery").GetProperty("cursor").GetInt64() >= last, TimeSpan.FromSeconds(20));
        Assert.Equal(3, waiting.GetProperty("groups")[0].GetProperty("total").GetInt32());
        Assert.Empty(world.Receiver.For(phone.Path));

        await fixture.Restart();

        var push = Assert.Single(await DeliveryWorld.Decrypt(await world.Received(phone.Path, 1, seconds: 60), phone.Keys!));
        Assert.Equal(alerts.Select(a => a.Str("id")).Order(), push.GetProperty("group").GetProperty("alertIds").EnumerateArray().Select(i => i.GetString()).Order());
    }
}
