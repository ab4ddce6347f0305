using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>
/// The real web host process on Redis (clustering, grain storage, alert log, report store), killed with SIGKILL and
/// started again: everything acknowledged is still there. This is also the proof that Orleans' Redis membership and
/// storage providers run on StackExchange.Redis 3.x.
/// </summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task Acknowledged_reports_rules_and_alerts_survive_a_killed_process()
    {
        var (http, silo, gateway) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        await using (var first = await WebProcess.Start(_redis.ConnectionString, http, silo, gateway))
        {
            using var op = first.Client(Keys.Operator);
            Assert.Equal(HttpStatusCode.Created, (await op.PutAsync("rules/saraqib-watch", Json.Body(new { kind = "control-change", scopeId = "sy-idlib", minConfidence = "claimed", severity = "critical" }))).StatusCode);
            var posted = await op.PostAsync("reports", Json.Body(new[] { Json.Control("k-1", "sy-saraqib", "hts", "sohr"), Json.Strike("k-2", "sy-saraqib", 6, 2) }));
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
            Assert.Equal(2, (await posted.Read()).GetProperty("accepted").GetInt32());
            await first.Kill();
        }

        await using var second = await WebProcess.Start(_redis.ConnectionString, http, silo, gateway);
        using var client = second.Client();
        var saraqib = await client.GetJson("locations/sy-saraqib");
        Assert.Equal("hts", saraqib.GetProperty("control").GetProperty("actorId").GetString());
        Assert.Equal(6, saraqib.GetProperty("tolls").GetProperty("killed").GetProperty("incidents").GetInt64());
        // Roll-up, filing and alert follow the acknowledgement; after the kill the pending sweep completes them.
        var idlib = await Eventually.Get(() => client.GetJson("locations/sy-idlib"), s => s.GetProperty("tolls").TryGetProperty("killed", out var k) && k.GetProperty("incidents").GetInt64() == 6, TimeSpan.FromSeconds(20));
        Assert.Equal(6, idlib.GetProperty("tolls").GetProperty("killed").GetProperty("incidents").GetInt64());
        var timeline = await Eventually.Get(() => client.GetJson("locations/sy-saraqib/timeline"), t => t.GetArrayLength() == 2, TimeSpan.FromSeconds(20));
        Assert.Equal(["k-1", "k-2"], timeline.EnumerateArray().Select(e => e.GetProperty("report").GetProperty("id").GetString()).Order());
        var alerts = await client.Alerts("", atLeast: 1);
        var alert = Assert.Single(alerts);
        Assert.Equal(1, alert.GetProperty("seq").GetInt64());
        Assert.Equal("saraqib-watch", alert.GetProperty("ruleId").GetString());
        Assert.Equal("saraqib-watch", (await client.GetJson("rules/saraqib-watch")).GetProperty("id").GetString());

        using var reporter = second.Client(Keys.Reporter);
        var again = await (await reporter.PostAsync("reports", Json.Body(new[] { Json.Control("k-1", "sy-saraqib", "hts", "sohr") }))).Read();
        Assert.Equal(1, again.GetProperty("duplicates").GetInt32());
        Assert.Single((await client.GetJson("alerts")).EnumerateArray());
    }
}
