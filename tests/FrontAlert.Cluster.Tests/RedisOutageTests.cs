using System.Net;
using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Cluster.Tests;

/// <summary>Redis restarting or away: nothing acknowledged is lost (AOF always), nothing is acknowledged while it is away.</summary>
public sealed class RedisOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_redis_restart_under_appendfsync_always_loses_no_acknowledged_report()
    {
        await using var world = new ClusterWorld(output, appendFsync: "always");
        await world.Start(silos: 2, webs: 1);
        using var reporter = world.Webs[0].Client(Keys.Reporter);
        var loop = new IngestLoop(reporter, "aof", ClusterWorld.Places);

        loop.Start();
        await loop.AckedSince(TimeSpan.Zero, 100, Patience);
        var killed = loop.Now;
        await world.Redis.Kill();
        await loop.FailedSince(killed, Patience); // the service noticed: Redis is away
        await world.Redis.Start();
        var back = loop.Now;
        await loop.AckedSince(back, 100, Patience);
        await loop.Stop();
        output.WriteLine($"ingest resumed {loop.ResumedAfter(back).TotalSeconds:F1} s after Redis came back");
        Assert.True(loop.ResumedAfter(back) < TimeSpan.FromSeconds(5));

        Assert.True(loop.Acked.Count > 50, $"only {loop.Acked.Count} acknowledged");
        await world.AssertEveryAckedReportOnceIn(world.Webs[0].Client(), loop);
    }

    [Fact]
    public async Task With_redis_away_ingest_answers_503_and_recovers_by_itself()
    {
        await using var redis = new RedisServer();
        await redis.InitializeAsync();
        await using var server = await FrontAlertServer.Start(redis.ConnectionString);
        object Strike(string id) => Json.Strike(id, "sy-saraqib", 2);
        (await server.Reporter.PostAsync("reports", Json.Body(Strike("away-0")))).EnsureSuccessStatusCode();

        await redis.Kill();
        var during = await server.Reporter.PostAsync("reports", Json.Body(Strike("away-1")));
        await redis.Start();
        var after = await Eventually.Get(
            async () => await server.Reporter.PostAsync("reports", Json.Body(Strike("away-1"))),
            r => r.StatusCode == HttpStatusCode.Accepted, TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.NotNull(during.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Accepted, after.StatusCode);
        Assert.Equal(1, (await after.Read()).GetProperty("accepted").GetInt32());
        var saraqib = await server.Anonymous.GetJson("locations/sy-saraqib");
        Assert.Equal(4, saraqib.GetProperty("tolls").GetProperty("killed").GetProperty("incidents").GetInt64());
    }
}
