using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Hub;

public sealed class ReplayThenLiveTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    [Fact]
    public async Task Replay_then_live_has_no_gap_and_no_repeat_while_reports_keep_arriving()
    {
        var world = new HubWorld(fixture.Server, "rtl");
        await world.Create(towns: 3);
        for (var i = 0; i < 3; i++)
        {
            await world.Strikes(i, 40, $"before-{i}");
        }

        // Keep posting while the subscriber replays and switches to live.
        var posting = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                await world.Strikes(i % 3, 1, $"during-{i}");
            }
        });
        await using var listener = await world.Listen([world.Country], afterSeq: 0);
        await posting;
        Assert.Equal(180, (await world.Logged()).Count);

        // One more alert after everything: once it arrived, a repeat or a gap before it has shown itself.
        var expected = await world.Sentinels(towns: 1);
        await listener.WaitForId(expected[^1].Id);

        Assert.Equal(181, expected.Count);
        Assert.Equal(expected, listener.Alerts.ToList());
    }

    [Fact]
    public async Task A_subscriber_resuming_after_a_seq_gets_only_what_came_after_it()
    {
        var world = new HubWorld(fixture.Server, "resume");
        await world.Create(towns: 1);
        await world.Strikes(0, 10, "first");
        var seen = await world.Logged();
        await world.Strikes(0, 5, "missed");

        await using var listener = await world.Listen([world.Country], afterSeq: seen[^1].Seq);
        await world.Strikes(0, 5, "live");
        var all = await world.Sentinels(towns: 1);
        await listener.WaitForId(all[^1].Id);

        Assert.Equal(21, all.Count);
        Assert.Equal(all.Skip(10).ToList(), listener.Alerts.ToList());
    }
}
