using System.Diagnostics;
using System.Net.Http.Headers;
using FrontAlert.Testing;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Issue 14: Web Push deliveries a second from the alert log to a local push service, for 1,000 and 10,000
/// Subscriptions, next to a baseline in the same run: a plain HttpClient posting the very bodies and headers FrontAlert
/// sent (already encrypted and signed) to the same push service with as many connections as FrontAlert may open.
/// The gap is what the grains, the log reads, encryption and VAPID cost.
/// </summary>
public static class DeliveryScenario
{
    private const int Connections = 256;

    public static async Task<object> Run(Options options)
    {
        var sizes = options.Quick ? new[] { 200, 1_000 } : [1_000, 10_000];
        var results = new List<object>();
        string? payload = null;
        foreach (var size in sizes)
        {
            var (result, sample) = await One(size, alerts: options.Quick ? 2 : 3);
            results.Add(result);
            payload ??= sample;
        }
        // the encryption's share, measured on its own (one thread, no network) with an alert's push payload
        var encryption = await PushCost.Measure(options.Quick ? 500 : 2_000, payload ?? new string('x', 1_200));
        Log.Say($"delivery: one push's request (RFC 8291 encryption + VAPID) costs {System.Text.Json.JsonSerializer.Serialize(encryption)}");
        return new { subscriptions = results, encryption };
    }

    private static async Task<(object Result, string Payload)> One(int subscriptions, int alerts)
    {
        await using var redis = new RedisServer("everysec");
        await redis.InitializeAsync();
        await using var push = await LocalReceiver.Start();
        await using var server = await BenchServer.Start(redis.ConnectionString);
        using var op = Http.Client(server.Address, Keys.Operator);
        using var reporter = Http.Client(server.Address, Keys.Reporter);
        using var anonymous = Http.Client(server.Address, null);
        var rule = await op.PutAsync("rules/bench-delivery", Http.Json(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { kind = "strike", scopeId = "sy", minKilled = 1, severity = "critical" })));
        rule.EnsureSuccessStatusCode();

        var created = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, subscriptions), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
        {
            // groupWaitSeconds 0: one push per alert, as before Subscriptions grouped by default (ADR 0020)
            var body = new { channel = "webpush", endpoint = push.Url($"push/{i}").ToString(), keys = PushKeys.Generate().Json, groupWaitSeconds = 0 };
            using var response = await anonymous.PostAsync("subscriptions", Http.Json(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body)));
            response.EnsureSuccessStatusCode();
        });
        Log.Say($"delivery: {subscriptions} Subscriptions created in {created.Elapsed.TotalSeconds:F1} s");

        // Warm-up alerts, not counted (one unless FRONTALERT_BENCH_DELIVERY_WARM says more): activate every grain and
        // open the connections.
        var warm = Knob.Count("FRONTALERT_BENCH_DELIVERY_WARM", 1);
        var expected = 0;
        for (var n = 0; n < warm; n++)
        {
            await Strike(reporter, $"bench-warm-{n}");
            expected += subscriptions;
            await WaitFor(push, expected, TimeSpan.FromMinutes(5));
        }
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        Log.Say($"delivery: warm after {warm} alerts, {jit} methods compiled");

        var calls = await RedisCalls.Count(redis.ConnectionString);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < alerts; n++)
        {
            await Strike(reporter, $"bench-{n}");
        }
        expected += subscriptions * alerts;
        await WaitFor(push, expected, TimeSpan.FromMinutes(10));
        var frontAlert = subscriptions * alerts / clock.Elapsed.TotalSeconds;
        // this process holds the node, its silo and the push service: CPU per push for both is comparable
        var frontAlertCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (subscriptions * alerts);
        var redisPerPush = RedisCalls.PerUnit(calls, await RedisCalls.Count(redis.ConnectionString), subscriptions * alerts);

        // Baseline: the same requests again, posted as they are by a plain HttpClient.
        Log.Say($"delivery: measured; {System.Runtime.JitInfo.GetCompiledMethodCount() - jit} methods compiled during it");
        var sent = push.All.Skip(warm * subscriptions).ToList();
        using var plain = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections, UseProxy = false });
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var baseline = Stopwatch.StartNew();
        await Parallel.ForEachAsync(sent, new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (r, cancel) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, push.Url("baseline" + r.Path)) { Content = new ByteArrayContent(r.Body) };
            foreach (var name in new[] { "TTL", "Urgency", "Topic", "Authorization" })
            {
                request.Headers.TryAddWithoutValidation(name, r.Header(name));
            }
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            request.Content.Headers.ContentEncoding.Add("aes128gcm");
            using var response = await plain.SendAsync(request, cancel);
            response.EnsureSuccessStatusCode();
        });
        var plainRate = sent.Count / baseline.Elapsed.TotalSeconds;
        var plainCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / sent.Count;
        Log.Say($"delivery: {subscriptions} Subscriptions x {alerts} alerts: FrontAlert {frontAlert:F0} pushes/s, plain HttpClient {plainRate:F0} pushes/s");
        return (new
        {
            subscriptions,
            alerts,
            pushes = subscriptions * alerts,
            frontAlertPushesPerSecond = Math.Round(frontAlert),
            plainHttpClientPushesPerSecond = Math.Round(plainRate),
            ratio = Math.Round(frontAlert / plainRate, 2),
            createSeconds = Math.Round(created.Elapsed.TotalSeconds, 1),
            cpuMicrosecondsPerPush = new { frontAlert = Math.Round(frontAlertCpu), plainHttpClient = Math.Round(plainCpu) },
            redisCommandsPerPush = redisPerPush,
            loadAverage = File.ReadAllText("/proc/loadavg").Trim(),
        }, SamplePayload(push));
    }

    /// <summary>The plain text of one alert push, for the encryption measure (the bodies on the wire are encrypted).</summary>
    private static string SamplePayload(LocalReceiver push) => new('x', Math.Max(0, push.All[0].Body.Length - 103));

    private static async Task Strike(HttpClient reporter, string id)
    {
        var report = new { id, type = "strike", locationId = "sy-saraqib", perpetratorId = "ru-af", kind = "airstrike", observedAt = "2024-12-01T01:00:00Z", killed = 3, civiliansKilled = 0, wounded = 1, sourceId = "white-helmets" };
        if (await reporter.PostReports("reports", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new[] { report })) != 1)
        {
            throw new InvalidOperationException($"report {id} was not accepted");
        }
    }

    private static async Task WaitFor(LocalReceiver push, int count, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        // a counter, not a copy of every request so far: polling must not cost the sender's side CPU the baseline is spared
        while (push.Created < count)
        {
            if (deadline.Elapsed > within)
            {
                throw new TimeoutException($"{push.All.Count} of {count} pushes arrived within {within}");
            }
            await Task.Delay(20);
        }
    }
}
