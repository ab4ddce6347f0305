using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using FrontAlert.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Scenario 2: POST of one strike report → the alert it raises (rule strike, scope sy, minKilled 1) arriving at a
/// SignalR client (the official .NET client, subscribed to everything). First the maximum: single-report POSTs in a
/// closed loop at saturation with the rule and the subscriber live. Then open-loop runs at 50% and 80% of that rate;
/// each report's latency runs from the moment its POST was due to the moment its alert arrived. A first run at 10%
/// (not a target) shows the latency floor far from saturation; levels run from low to high so an overload cannot leak
/// into a lower level.
/// </summary>
public static class EndToEndScenario
{
    public static async Task<object> Run(Options o)
    {
        await using var redis = new RedisDisposable(new RedisServer("everysec"));
        await redis.Server.InitializeAsync();
        await using var server = await BenchServer.Start(redis.Server.ConnectionString);
        using var anyone = Http.Client(server.Address, null);
        using var op = Http.Client(server.Address, Keys.Operator);
        using var reporter = Http.Client(server.Address, Keys.Reporter, connections: 1024);
        var places = await Places.Load(anyone);
        await op.PutJson("rules/bench-strike", new { kind = "strike", scopeId = "sy", minKilled = 1, severity = "warning", name = "bench: every strike" });

        var pending = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var endToEnd = new Latencies();
        long received = 0;
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, "/hubs/alerts"), h => { h.Transports = HttpTransportType.WebSockets; h.SkipNegotiation = true; })
            .Build();
        hub.On<JsonElement>("alert", alert =>
        {
            var now = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref received);
            foreach (var id in alert.GetProperty("reportIds").EnumerateArray())
            {
                if (pending.TryRemove(id.GetString()!, out var due))
                {
                    endToEnd.Record(due, now);
                }
            }
        });
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", new { scopeIds = Array.Empty<string>(), minSeverity = (string?)null, afterSeq = 0 });
        Log.Say($"e2e: FrontAlert on {server.Address}, one .NET SignalR client subscribed to everything");

        // warm-up: activate every place and the whole ancestor chain
        await reporter.PostReports("reports", places.Batch("warm", 0, places.Ids.Length));

        var saturation = await Load.ClosedLoop(64, o.Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(5),
            o.Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(15),
            i => reporter.PostReports("reports", places.One($"sat-{i}", i)));
        var max = saturation.UnitsPerSecond;
        Log.Say($"e2e saturation: {max:N0} single strike reports/s acknowledged (each raising one alert), p99 ack {saturation.Latency.P99Ms} ms");
        await Quiet(() => Interlocked.Read(ref received));

        var levels = new List<object>();
        foreach (var fraction in new[] { 0.1, 0.5, 0.8 })
        {
            var rate = Math.Max(1, Math.Round(max * fraction));
            endToEnd = new Latencies();
            var acks = new Latencies();
            var tag = $"e2e{fraction * 100}";
            var duration = o.Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(30);
            var run = await Load.OpenLoop(rate, duration, 2048, async (i, due) =>
            {
                var id = $"{tag}-{i}";
                pending[id] = due;
                return await reporter.PostReports("reports", places.One(id, i));
            }, acks);
            // let the last alerts arrive; anything still missing after 10 s (5 s quick) is reported as lost
            var deadline = DateTime.UtcNow.AddSeconds(o.Quick ? 5 : 10);
            while (!pending.IsEmpty && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            var missing = pending.Count;
            pending.Clear();
            var e2e = endToEnd.Summary();
            Log.Say($"e2e at {fraction:P0} ({rate:N0}/s offered, {run.AchievedPerSecond:N0}/s achieved): alert p50 {e2e.P50Ms} ms, p99 {e2e.P99Ms} ms, p99.9 {e2e.P999Ms} ms, max {e2e.MaxMs} ms; ack p99 {run.Latency.P99Ms} ms; missing {missing}");
            await File.WriteAllTextAsync(Path.Combine(o.Out, $"hist-e2e-{fraction * 100}.txt"), endToEnd.Distribution());
            levels.Add(new { fraction, offeredPerSecond = rate, achievedPerSecond = run.AchievedPerSecond, failedPosts = run.Failed, sent = run.Started, generatorNote = run.Note,
                alertLatency = e2e, postAckLatency = run.Latency, alertsMissingAfter10s = missing });
            await Quiet(() => Interlocked.Read(ref received));
        }
        await hub.DisposeAsync();
        return new { maxSingleReportsPerSecond = max, saturation, levels };
    }

    /// <summary>Waits until a counter stops moving for half a second (a backlog drained), at most 15 s.</summary>
    public static async Task Quiet(Func<long> counter)
    {
        var last = counter();
        for (var i = 0; i < 30; i++)
        {
            await Task.Delay(500);
            var now = counter();
            if (now == last)
            {
                return;
            }
            last = now;
        }
    }
}
