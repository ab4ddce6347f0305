using System.Text.Json;
using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Cluster.Tests;

/// <summary>A real cluster: redis-server (AOF), two standalone silos and web nodes as Orleans clients, all processes.</summary>
public sealed class ClusterWorld(ITestOutputHelper output, string appendFsync = "always") : IAsyncDisposable
{
    public static readonly string[] Places = ["sy-saraqib", "sy-idlib-city", "sy-aleppo-city", "sy-hama-city", "sy-ariha", "sy-binnish", "sy-sarmin", "sy-murek"];

    private readonly string _clusterId = "c" + Guid.NewGuid().ToString("N")[..8];
    public RedisServer Redis { get; } = new(appendFsync);
    public List<SiloProcess> Silos { get; } = [];
    public List<WebProcess> Webs { get; } = [];

    /// <summary>More environment for every silo and web node started after it is set.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public async Task Start(int silos, int webs)
    {
        await Redis.InitializeAsync();
        for (var i = 0; i < silos; i++)
        {
            Silos.Add(await StartSilo());
        }
        for (var i = 0; i < webs; i++)
        {
            Webs.Add(await StartWeb());
        }
        using var op = Webs[0].Client(Keys.Operator);
        var rule = await op.PutAsync("rules/every-strike", Json.Body(new { kind = "strike", scopeId = "sy", minKilled = 1, severity = "info" }));
        rule.EnsureSuccessStatusCode();
    }

    public Task<SiloProcess> StartSilo() => SiloProcess.Start(Redis.ConnectionString, _clusterId, FreePort.Next(), FreePort.Next(), Settings);

    public Task<WebProcess> StartWeb() => WebProcess.Start(Redis.ConnectionString, FreePort.Next(), FreePort.Next(), FreePort.Next(), _clusterId, hostSilo: false, settings: Settings);

    /// <summary>
    /// The durable outcome: every acknowledged report raised its alert (each strike does), no report raised two,
    /// and seq runs 1..N without a gap.
    /// </summary>
    public async Task AssertEveryAckedReportOnceIn(HttpClient reader, IngestLoop loop)
    {
        var alerts = new List<JsonElement>();
        for (long after = 0; ;)
        {
            var page = (await reader.GetJson($"alerts?after={after}&limit=1000")).EnumerateArray().ToList();
            if (page.Count == 0)
            {
                break;
            }
            alerts.AddRange(page);
            after = page[^1].GetProperty("seq").GetInt64();
        }
        var reports = alerts.SelectMany(a => a.GetProperty("reportIds").EnumerateArray().Select(r => r.GetString()!)).ToList();
        output.WriteLine($"acked {loop.Acked.Count}, failed {loop.Failed.Count}, alerts {alerts.Count}");
        Assert.Empty(loop.Acked.Except(reports));
        Assert.Equal(reports.Count, reports.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, alerts.Count).Select(i => (long)i), alerts.Select(a => a.GetProperty("seq").GetInt64()));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var web in Webs)
        {
            await web.DisposeAsync();
        }
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
        await Redis.DisposeAsync();
    }
}
