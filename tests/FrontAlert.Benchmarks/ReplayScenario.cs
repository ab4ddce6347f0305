using System.Diagnostics;
using FrontAlert.Contracts;
using FrontAlert.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Issue 17: a hub subscriber catching up on 100,000 logged alerts (<c>Subscribe</c> with <c>afterSeq: 0</c>), in
/// alerts a second received by one SignalR client, next to a raw <c>XRANGE</c> read of the same stream in the same
/// run, in pages of the size the hub's replay reads. The log is filled through the alert log itself (one real alert
/// raised by a strike report, copied under new ids), so every entry is the JSON a real alert has. Two rounds each.
/// </summary>
public static class ReplayScenario
{
    private const int Page = 500;

    public static async Task<object> Run(Options options)
    {
        var count = options.Quick ? 20_000 : 100_000;
        await using var redis = new RedisServer("everysec");
        await redis.InitializeAsync();
        await using var server = await BenchServer.Start(redis.ConnectionString);
        using var op = Http.Client(server.Address, Keys.Operator);
        using var reporter = Http.Client(server.Address, Keys.Reporter);
        await op.PutJson("rules/bench-replay", new { kind = "strike", scopeId = "sy", minKilled = 1, severity = "critical" });
        var seed = new { id = "replay-seed", type = "strike", locationId = "sy-saraqib", perpetratorId = "ru-af", kind = "airstrike", observedAt = "2024-12-01T01:00:00Z", killed = 3, civiliansKilled = 0, wounded = 1, sourceId = "white-helmets" };
        if (await reporter.PostReports("reports", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new[] { seed })) != 1)
        {
            throw new InvalidOperationException("the seed report was not accepted");
        }
        var log = server.Services.GetRequiredService<IAlertLog>();
        var first = (await Eventually.Get(() => log.Read(0, 1), p => p.Count == 1, TimeSpan.FromSeconds(30)))[0];

        var filling = Stopwatch.StartNew();
        for (var i = 1; i < count; i += 1_000)
        {
            var batch = Enumerable.Range(i, Math.Min(1_000, count - i)).Select(n => first with { Id = $"{first.Id}-copy-{n}", Seq = 0, Epoch = null }).ToList();
            await log.Append(batch);
        }
        var total = await log.LastSeq();
        Log.Say($"replay: {total} alerts logged in {filling.Elapsed.TotalSeconds:F1} s");

        using var mux = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var rounds = new List<object>();
        double bestHub = 0, bestRaw = 0;
        for (var round = 0; round < (options.Quick ? 1 : 2); round++)
        {
            var (raw, rawCpu) = await Cpu(() => RawRange(mux.GetDatabase(), total), total);
            var (parsed, parsedCpu) = await Cpu(() => LogRead(log, total), total);
            var (hub, hubCpu) = await Cpu(() => HubReplay(server.Address, total), total);
            bestRaw = Math.Max(bestRaw, raw);
            bestHub = Math.Max(bestHub, hub);
            Log.Say($"replay round {round + 1}: hub subscriber {hub:F0} alerts/s, raw XRANGE {raw:F0} entries/s, ratio {hub / raw:F2}; the log's own read (XRANGE + parse) {parsed:F0} alerts/s; " +
                $"benchmark-process CPU µs per alert: hub {hubCpu:F1}, raw {rawCpu:F1}, log read {parsedCpu:F1}");
            rounds.Add(new
            {
                round = round + 1,
                hubAlertsPerSecond = Math.Round(hub),
                rawXrangeEntriesPerSecond = Math.Round(raw),
                ratio = Math.Round(hub / raw, 2),
                logReadAlertsPerSecond = Math.Round(parsed),
                // CPU of this process (node, hub and client together) per alert: less at the mercy of a shared machine's load
                hubCpuMicrosecondsPerAlert = Math.Round(hubCpu, 2),
                rawCpuMicrosecondsPerEntry = Math.Round(rawCpu, 2),
                logReadCpuMicrosecondsPerAlert = Math.Round(parsedCpu, 2),
            });
        }
        return new
        {
            alerts = total,
            page = Page,
            hubAlertsPerSecond = Math.Round(bestHub),
            rawXrangeEntriesPerSecond = Math.Round(bestRaw),
            ratio = Math.Round(bestHub / bestRaw, 2),
            fillSeconds = Math.Round(filling.Elapsed.TotalSeconds, 1),
            rounds,
        };
    }

    /// <summary>The step's result and the CPU time this process spent in it, in microseconds per entry.</summary>
    private static async Task<(double Rate, double CpuMicroseconds)> Cpu(Func<Task<double>> step, long total)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var rate = await step();
        return (rate, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / total);
    }

    /// <summary>Every entry of the stream, page after page as a client of Redis would read it: entries a second.</summary>
    private static async Task<double> RawRange(IDatabase db, long total)
    {
        var clock = Stopwatch.StartNew();
        var read = 0L;
        for (var from = "-"; ;)
        {
            var entries = await db.StreamRangeAsync(RedisAlertLogStream, from, "+", Page);
            read += entries.Length;
            if (entries.Length < Page)
            {
                break;
            }
            var last = ((string)entries[^1].Id!).Split('-')[0];
            from = $"{long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) + 1}-0";
        }
        if (read != total)
        {
            throw new InvalidOperationException($"XRANGE read {read} of {total} entries");
        }
        return read / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The profile's middle step: the alert log's own read (the same XRANGE pages, parsed into alerts).</summary>
    private static async Task<double> LogRead(IAlertLog log, long total)
    {
        var clock = Stopwatch.StartNew();
        var read = 0L;
        for (var from = 0L; ;)
        {
            var page = await log.Read(from, Page);
            read += page.Count;
            if (page.Count < Page)
            {
                break;
            }
            from = page[^1].Seq;
        }
        return read / clock.Elapsed.TotalSeconds;
    }

    /// <summary>From the Subscribe invocation to the last replayed alert at the client: alerts a second.</summary>
    private static async Task<double> HubReplay(Uri server, long total)
    {
        var clock = Stopwatch.StartNew();
        await using var client = await RawHubClient.Connect(server, subscribe: "{\"scopeIds\":[],\"minSeverity\":null,\"afterSeq\":0}", buffer: 64 * 1024);
        var all = client.WhenCount(total);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromMinutes(5))) != all)
        {
            throw new TimeoutException($"the hub replayed {client.Alerts} of {total} alerts within 5 minutes ({client.Error?.Message})");
        }
        return total / clock.Elapsed.TotalSeconds;
    }

    private const string RedisAlertLogStream = FrontAlert.Adapters.RedisAlertLog.Stream;
}
