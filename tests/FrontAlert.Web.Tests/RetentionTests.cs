using FrontAlert.Testing;
using FrontAlert.Web.Tests.Hub;

namespace FrontAlert.Web.Tests;

/// <summary>
/// Retention under small limits: the log keeps its newest alerts and a place its newest reports, and what clients
/// rely on still holds: replay (told where it starts), paging, idempotency and seq continuity.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _server = await FrontAlertServer.Start(_redis.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["FrontAlert:Retention:AlertMaxCount"] = "10",
            ["FrontAlert:Retention:ReportsPerPlace"] = "5",
            ["FrontAlert:Retention:TrimEverySeconds"] = "0.2",
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Trimmed_to_a_small_limit_replay_paging_idempotency_and_seq_continuity_hold()
    {
        var world = new HubWorld(_server, "keep");
        await world.Create(towns: 1);
        await world.Strikes(0, 25, "old");

        // 25 alerts raised, the newest 10 kept, seqs as they were
        var kept = await Eventually.Get(() => world.Logged(), l => l.Count == 10 && l[^1].Seq == 25, TimeSpan.FromSeconds(30));
        Assert.Equal(Enumerable.Range(16, 10).Select(i => (long)i), kept.Select(a => a.Seq));
        var timeline = await Eventually.Get(() => _server.Anonymous.GetJson($"locations/{world.Town(0)}/timeline?limit=100"), t => t.GetArrayLength() == 5, TimeSpan.FromSeconds(10));
        Assert.Equal(5, timeline.GetArrayLength());

        // paging forward from 0 and backward from the end both walk exactly the kept alerts
        var forward = new List<long>();
        for (long after = 0; ;)
        {
            var page = (await _server.Anonymous.GetJson($"alerts?after={after}&limit=3")).EnumerateArray().Select(a => a.GetProperty("seq").GetInt64()).ToList();
            if (page.Count == 0)
            {
                break;
            }
            forward.AddRange(page);
            after = page[^1];
        }
        Assert.Equal(kept.Select(a => a.Seq), forward);
        var newest = (await _server.Anonymous.GetJson("alerts?before=1000000&limit=4")).EnumerateArray().Select(a => a.GetProperty("seq").GetInt64());
        Assert.Equal([22L, 23, 24, 25], newest);

        // a replay from 0 is told it starts after the trimmed part, then gets every kept alert
        await using var listener = await world.Listen([world.Country], afterSeq: 0);
        await listener.WaitFor(10, TimeSpan.FromSeconds(20));
        var reset = Assert.Single(listener.Resets);
        Assert.Equal(("trimmed", 15L), (reset.GetProperty("reason").GetString(), reset.GetProperty("lastSeq").GetInt64()));

        // the oldest report, long gone from the log and its place's store, is still a duplicate: no second alert
        var again = await (await _server.Reporter.PostAsync("reports", Json.Body(new[] { Json.Strike("keep-old-0", world.Town(0), 1) }))).Read();
        Assert.Equal((0, 1), (again.GetProperty("accepted").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        await world.Strikes(0, 1, "new");
        await listener.WaitFor(11, TimeSpan.FromSeconds(20));
        var last = await Eventually.Get(() => world.Logged(), l => l.Count > 0 && l[^1].Seq == 26, TimeSpan.FromSeconds(20));
        Assert.Equal(26, last[^1].Seq); // the next seq, none skipped or reused
        Assert.Equal([.. Enumerable.Range(16, 11).Select(i => (long)i)], listener.Alerts.Select(a => a.Seq));
    }
}
