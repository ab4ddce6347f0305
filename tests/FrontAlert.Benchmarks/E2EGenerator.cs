using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FrontAlert.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace FrontAlert.Benchmarks;

/// <summary>What the parent asks of an e2e generator process (passed as a JSON file).</summary>
/// <param name="Rates">Fixed rates (reports/s) run before the fractions of the maximum, e.g. the issue's 128/s.</param>
public sealed record GeneratorPlan(string Root, double[] Fractions, double WarmSeconds, double ClosedSeconds, double LevelSeconds,
    double DrainSeconds, string OutDir, string Tag, double[]? Rates = null);

/// <summary>
/// The end-to-end load generator and its SignalR client, run as their own process (this executable with
/// <c>--e2e-generator PLAN RESULT</c>) against a FrontAlert web node that is another process: the figure is the
/// service's latency, not the generator's GC or thread pool. The same open loop (coordinated-omission corrected) and
/// HdrHistogram as before; each report also carries timestamps for a breakdown (<see cref="Stages"/>).
/// </summary>
public static class E2EGenerator
{
    public static async Task<int> Main(string planPath, string resultPath)
    {
        var plan = JsonSerializer.Deserialize<GeneratorPlan>(await File.ReadAllTextAsync(planPath))!;
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        var result = await Run(plan);
        await File.WriteAllTextAsync(resultPath, JsonSerializer.Serialize(result, BenchJson.Options));
        return 0;
    }

    private static async Task<object> Run(GeneratorPlan plan)
    {
        var root = new Uri(plan.Root);
        using var anyone = Http.Client(root, null);
        using var op = Http.Client(root, Keys.Operator);
        using var reporter = Http.Client(root, Keys.Reporter, connections: 1024);
        var places = await Places.Load(anyone);
        await op.PutJson("rules/bench-strike", new { kind = "strike", scopeId = "sy", minKilled = 1, severity = "warning", name = "bench: every strike" });

        Stages? stages = null;
        long received = 0;
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(root, "/hubs/alerts"), h => { h.Transports = HttpTransportType.WebSockets; h.SkipNegotiation = true; })
            .Build();
        hub.On<JsonElement>("alert", alert =>
        {
            var now = Stopwatch.GetTimestamp();
            var wall = DateTimeOffset.UtcNow;
            Interlocked.Increment(ref received);
            var s = Volatile.Read(ref stages);
            if (s is null)
            {
                return;
            }
            var raisedAt = alert.GetProperty("raisedAt").GetDateTimeOffset();
            foreach (var id in alert.GetProperty("reportIds").EnumerateArray())
            {
                s.Received(id.GetString()!, now, wall, raisedAt);
            }
        });
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", new { scopeIds = Array.Empty<string>(), minSeverity = (string?)null, afterSeq = 0 });

        // warm-up: activate every place and the whole ancestor chain
        await reporter.PostReports("reports", places.Batch("warm", 0, places.Ids.Length));

        var saturation = await Load.ClosedLoop(64, TimeSpan.FromSeconds(plan.WarmSeconds), TimeSpan.FromSeconds(plan.ClosedSeconds),
            i => reporter.PostReports("reports", places.One($"sat-{i}", i)));
        var max = saturation.UnitsPerSecond;
        Console.WriteLine($"saturation: {max:N0} single strike reports/s acknowledged (each raising one alert), p99 ack {saturation.Latency.P99Ms} ms");
        await EndToEndScenario.Quiet(() => Interlocked.Read(ref received));

        var levels = new List<object>();
        foreach (var (fixedRate, asked) in (plan.Rates ?? []).Select(r => (true, r)).Concat(plan.Fractions.Select(f => (false, f))))
        {
            var rate = fixedRate ? asked : Math.Max(1, Math.Round(max * asked));
            var fraction = fixedRate ? Math.Round(rate / max, 3) : asked;
            var label = fixedRate ? $"at{rate:F0}" : $"{fraction * 100:F0}";
            var duration = TimeSpan.FromSeconds(plan.LevelSeconds);
            var tag = $"{plan.Tag}e2e{label}";
            var level = new Stages(tag, (int)(rate * plan.LevelSeconds) + 16);
            var lagBefore = await ServerLag.Scrape(anyone);
            Volatile.Write(ref stages, level);
            var acks = new Latencies();
            var run = await Load.OpenLoop(rate, duration, 2048, async (i, due) =>
            {
                level.Sending(i, due);
                var n = await reporter.PostReports("reports", places.One($"{tag}-{i}", i));
                level.Acked(i);
                return n;
            }, acks);
            // let the last alerts arrive; anything still missing after the drain is reported as lost
            var deadline = DateTime.UtcNow.AddSeconds(plan.DrainSeconds);
            while (level.Missing(run.Started) > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            Volatile.Write(ref stages, null);
            var lag = ServerLag.Between(lagBefore, await ServerLag.Scrape(anyone));
            var breakdown = level.Summaries(run.Started);
            var e2e = level.EndToEnd.Summary();
            var missing = level.Missing(run.Started);
            Console.WriteLine($"{(fixedRate ? "fixed rate" : $"{fraction:P0}")} ({rate:N0}/s offered, {run.AchievedPerSecond:N0}/s achieved): alert p50 {e2e.P50Ms} ms, p99 {e2e.P99Ms} ms, p99.9 {e2e.P999Ms} ms, max {e2e.MaxMs} ms; ack p99 {run.Latency.P99Ms} ms; missing {missing}");
            var name = $"{plan.Tag}{label}";
            await File.WriteAllTextAsync(Path.Combine(plan.OutDir, $"hist-e2e-{name}.txt"), level.EndToEnd.Distribution());
            await File.WriteAllTextAsync(Path.Combine(plan.OutDir, $"trace-e2e-{name}.csv"), level.Csv(run.Started));
            levels.Add(new
            {
                fraction, fixedRate, offeredPerSecond = rate, achievedPerSecond = run.AchievedPerSecond, failedPosts = run.Failed, sent = run.Started,
                generatorNote = run.Note, alertLatency = e2e, postAckLatency = run.Latency, alertsMissingAfterDrain = missing,
                breakdown, serverDeliveryLag = lag,
            });
            await EndToEndScenario.Quiet(() => Interlocked.Read(ref received));
        }
        await hub.DisposeAsync();
        return new { maxSingleReportsPerSecond = max, saturation, levels };
    }
}

/// <summary>
/// Timestamps of every report of one open-loop level, indexed by its number: due (the open loop's schedule), handed
/// to HttpClient, 202 received, alert received; plus the alert's <c>raisedAt</c> (the node's wall clock when the
/// place's rule raised it) against this process's wall clock at send and at receipt (one machine, one clock).
/// </summary>
public sealed class Stages(string tag, int capacity)
{
    private readonly long[] _due = new long[capacity];
    private readonly long[] _sent = new long[capacity];
    private readonly DateTimeOffset[] _sentWall = new DateTimeOffset[capacity];
    private readonly long[] _ack = new long[capacity];
    private readonly long[] _received = new long[capacity];
    private readonly DateTimeOffset[] _receivedWall = new DateTimeOffset[capacity];
    private readonly DateTimeOffset[] _raisedAt = new DateTimeOffset[capacity];
    private long _count;

    public Latencies EndToEnd { get; } = new();

    public void Sending(long i, long due)
    {
        if (i < capacity)
        {
            (_due[i], _sent[i], _sentWall[i]) = (due, Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
        }
    }

    public void Acked(long i)
    {
        if (i < capacity)
        {
            _ack[i] = Stopwatch.GetTimestamp();
        }
    }

    public void Received(string reportId, long now, DateTimeOffset wall, DateTimeOffset raisedAt)
    {
        if (!reportId.StartsWith(tag, StringComparison.Ordinal) || reportId.Length <= tag.Length + 1
            || !long.TryParse(reportId.AsSpan(tag.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= capacity)
        {
            return;
        }
        // the alert's due time is written before its POST is sent, so it is there by the time the alert comes back
        if (Interlocked.CompareExchange(ref _received[i], now, 0) == 0)
        {
            (_receivedWall[i], _raisedAt[i]) = (wall, raisedAt);
            EndToEnd.Record(_due[i], now);
            Interlocked.Increment(ref _count);
        }
    }

    public long Missing(long sent) => sent - Interlocked.Read(ref _count);

    private static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    /// <summary>Each stage's own distribution, over the reports whose alert arrived.</summary>
    public object Summaries(long sent)
    {
        var n = (int)Math.Min(sent, capacity);
        var dispatch = new Latencies();
        var ack = new Latencies();
        var toRaised = new Latencies();
        var raisedToReceived = new Latencies();
        var ackToReceived = new Latencies();
        var alertBeforeAck = 0;
        for (var i = 0; i < n; i++)
        {
            if (_received[i] == 0 || _ack[i] == 0)
            {
                continue;
            }
            dispatch.Record(_due[i], _sent[i]);
            ack.Record(_sent[i], _ack[i]);
            toRaised.RecordMs((_raisedAt[i] - _sentWall[i]).TotalMilliseconds);
            raisedToReceived.RecordMs((_receivedWall[i] - _raisedAt[i]).TotalMilliseconds);
            if (_received[i] < _ack[i])
            {
                alertBeforeAck++;
            }
            else
            {
                ackToReceived.Record(_ack[i], _received[i]);
            }
        }
        return new
        {
            note = "ms; dispatch = due → handed to HttpClient (the generator's own lag); sentToAck = POST round trip; "
                + "sentToRaised = send → the alert's raisedAt (node wall clock); raisedToReceived = raisedAt → alert received here; "
                + "ackToReceived = 202 → alert received, for alerts that came after their 202",
            dispatch = dispatch.Summary(),
            sentToAck = ack.Summary(),
            sentToRaised = toRaised.Summary(),
            raisedToReceived = raisedToReceived.Summary(),
            ackToReceived = ackToReceived.Summary(),
            alertsBeforeTheirAck = alertBeforeAck,
        };
    }

    /// <summary>One line per report (ms from the level's first due time), to look for a period in the latency.</summary>
    public string Csv(long sent)
    {
        var n = (int)Math.Min(sent, capacity);
        var sb = new StringBuilder("i,dueMs,dispatchMs,sentToAckMs,sentToRaisedMs,raisedToReceivedMs,endToEndMs\n");
        for (var i = 0; i < n; i++)
        {
            if (_received[i] == 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{i},{Ms(_due[0], _due[i]):F3},,,,,\n");
                continue;
            }
            sb.Append(CultureInfo.InvariantCulture,
                $"{i},{Ms(_due[0], _due[i]):F3},{Ms(_due[i], _sent[i]):F3},{(_ack[i] == 0 ? double.NaN : Ms(_sent[i], _ack[i])):F3},{(_raisedAt[i] - _sentWall[i]).TotalMilliseconds:F3},{(_receivedWall[i] - _raisedAt[i]).TotalMilliseconds:F3},{Ms(_due[i], _received[i]):F3}\n");
        }
        return sb.ToString();
    }
}

/// <summary>
/// The web node's own <c>frontalert.alert.delivery.lag</c> histogram (raisedAt → bytes written to a hub connection),
/// scraped from <c>/metrics</c> before and after a level: the server's share of the latency, by bucket.
/// </summary>
public static class ServerLag
{
    public static async Task<Dictionary<string, double>> Scrape(HttpClient anyone)
    {
        var buckets = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            var text = await anyone.GetStringAsync(new Uri(anyone.BaseAddress!, "/metrics"));
            foreach (var line in text.Split('\n'))
            {
                if (!line.StartsWith("frontalert_alert_delivery_lag", StringComparison.Ordinal) || !line.Contains("_bucket", StringComparison.Ordinal))
                {
                    continue;
                }
                var le = line.IndexOf("le=\"", StringComparison.Ordinal);
                if (le < 0)
                {
                    continue;
                }
                var bound = line[(le + 4)..line.IndexOf('"', le + 4)];
                var value = double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
                buckets[bound] = buckets.GetValueOrDefault(bound) + value;
            }
        }
        catch (HttpRequestException)
        {
        }
        return buckets;
    }

    /// <summary>Cumulative counts per upper bound (seconds) of what was recorded between two scrapes.</summary>
    public static Dictionary<string, double> Between(Dictionary<string, double> before, Dictionary<string, double> after) =>
        after.ToDictionary(kv => kv.Key, kv => kv.Value - before.GetValueOrDefault(kv.Key), StringComparer.Ordinal);
}
