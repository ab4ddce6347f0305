using System.Diagnostics;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Scenario 3: alert deliveries a second to N subscribers (raw WebSocket clients subscribed to everything). FrontAlert:
/// one POST of K strike reports raises K alerts; the clock runs from the POST until every subscriber has counted K alerts.
/// Baseline: a plain SignalR hub (its own process, like the web node) broadcasting the same K alert payloads (taken from FrontAlert's
/// log) with <c>Clients.All.SendAsync</c> to N clients of the same kind; the clock runs from the first send until every
/// client has counted K. Pairs run one after the other for each N.
/// </summary>
public static class FanoutScenario
{
    private const string Everything = "{\"scopeIds\":[],\"minSeverity\":null,\"afterSeq\":null}";

    public static async Task<object> Run(Options o)
    {
        await using var redis = new RedisDisposable(new RedisServer("everysec"));
        await redis.Server.InitializeAsync();
        // Both servers run as their own processes: 10,000 connections need 10,000 descriptors at each end, and this
        // machine's hard limit (RLIMIT_NOFILE) may not allow 20,000 in one process. Neither shares a GC with the clients.
        var httpPort = FreePort.Next();
        await using var web = await WebProcess.Start(redis.Server.ConnectionString, httpPort, FreePort.Next(), FreePort.Next(), "fan-" + Guid.NewGuid().ToString("N")[..6]);
        var root = new Uri($"http://127.0.0.1:{httpPort}/");
        await using var plain = await PlainHubProcess.Start();
        using var plainHttp = new HttpClient { BaseAddress = plain.Root, Timeout = TimeSpan.FromMinutes(2) };
        using var anyone = Http.Client(root, null);
        using var op = Http.Client(root, Keys.Operator);
        using var reporter = Http.Client(root, Keys.Reporter);
        var places = await Places.Load(anyone);
        await op.PutJson("rules/bench-strike", new { kind = "strike", scopeId = "sy", minKilled = 1, severity = "warning", name = "bench: every strike" });
        await reporter.PostReports("reports", places.Batch("warm", 0, places.Ids.Length));
        await Task.Delay(500);
        long batch = 0;

        var sizes = o.Quick ? new[] { (N: 1000, K: 100), (N: 10000, K: 20) } : new[] { (N: 1000, K: 500), (N: 10000, K: 100) };
        var results = new List<object>();
        foreach (var (n, k) in sizes)
        {
            var rounds = o.Quick ? 1 : 3;
            // FrontAlert
            var frontalert = new List<double>();
            var frontalertWithIngest = new List<double>();
            var clients = await RawHubClient.ConnectMany(root, n, Everything, parallel: 100);
            var firstAck = 0.0;
            {
                // warm-up: raise alerts until every client has one (a connection is in the index only once its Subscribe ran)
                await WarmUp(clients, () => reporter.PostReports("reports", places.Batch("fw", ++batch, 1)));
                for (var r = 0; r < rounds; r++)
                {
                    var b = ++batch;
                    var (seconds, ack, spread) = await Deliver(clients, k, () => reporter.PostReports("reports", places.Batch("fo", b, k)), TimeSpan.FromSeconds(120));
                    frontalert.Add(n * (double)k / spread);
                    frontalertWithIngest.Add(n * (double)k / seconds);
                    firstAck = ack;
                    Log.Say($"fan-out N={n:N0} K={k} frontalert: {n * (long)k:N0} deliveries in {spread:F2} s from first to last = {n * k / spread:N0}/s; {seconds:F2} s from the POST = {n * k / seconds:N0}/s (POST acknowledged after {ack * 1000:F0} ms)");
                }
            }
            var open = clients.Count(c => c.Open);
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
            await Task.Delay(1000);

            // the same alert payloads, as FrontAlert sent them
            var payloads = (await anyone.GetJson($"alerts?after=0&limit={k}")).EnumerateArray().ToArray();
            var baseline = new List<double>();
            var plainClients = await RawHubClient.ConnectMany(plain.Root, n, subscribe: null, parallel: 100);
            async Task<int> Broadcast(ByteArrayContent body)
            {
                using var response = await plainHttp.PostAsync("broadcast", body);
                response.EnsureSuccessStatusCode();
                return 1;
            }
            await WarmUp(plainClients, () => Broadcast(Http.Json(JsonSerializer.SerializeToUtf8Bytes(payloads.Take(1)))));
            for (var r = 0; r < rounds; r++)
            {
                var (seconds, _, spread) = await Deliver(plainClients, k,
                    () => Broadcast(Http.Json(JsonSerializer.SerializeToUtf8Bytes(payloads.Take(k)))), TimeSpan.FromSeconds(120));
                baseline.Add(n * (double)k / spread);
                Log.Say($"fan-out N={n:N0} K={k} plain hub: {n * (long)k:N0} deliveries in {spread:F2} s from first to last = {n * k / spread:N0}/s; {seconds:F2} s from the first send");
            }
            await Task.WhenAll(plainClients.Select(c => c.DisposeAsync().AsTask()));
            await Task.Delay(1000);
            results.Add(new
            {
                subscribers = n,
                alertsPerRound = k,
                rounds,
                frontalertDeliveriesPerSecond = Math.Round(frontalert.Max()),
                plainHubDeliveriesPerSecond = Math.Round(baseline.Max()),
                ratio = Math.Round(frontalert.Max() / baseline.Max(), 3),
                frontalertRounds = frontalert.Select(v => Math.Round(v)),
                frontalertDeliveriesPerSecondCountingFromPost = Math.Round(frontalertWithIngest.Max()),
                postAckSeconds = Math.Round(firstAck, 3),
                plainHubRounds = baseline.Select(v => Math.Round(v)),
                frontalertClientsStillOpen = open,
                payloadBytes = payloads.Length > 0 ? JsonSerializer.SerializeToUtf8Bytes(payloads[0]).Length : 0,
            });
        }
        return new { results };
    }

    /// <summary>Runs <paramref name="send"/> and waits until every client has counted <paramref name="k"/> more alerts.</summary>
    private static async Task WarmUp(List<RawHubClient> clients, Func<Task<int>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (clients.Any(c => c.Alerts == 0))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{clients.Count(c => c.Alerts == 0)} of {clients.Count} clients never received an alert");
            }
            await send();
            await Task.Delay(300);
        }
        await EndToEndScenario.Quiet(() => clients.Sum(c => c.Alerts));
    }

    private static async Task<(double Seconds, double Ack, double Spread)> Deliver(List<RawHubClient> clients, int k, Func<Task<int>> send, TimeSpan timeout)
    {
        var waits = clients.Select(c => c.WhenCount(c.Alerts + k)).ToArray();
        RawHubClient.Arm();
        var start = Stopwatch.GetTimestamp();
        var sent = await send();
        var ack = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (sent < 0)
        {
            throw new InvalidOperationException("the fan-out POST was not accepted");
        }
        var all = Task.WhenAll(waits);
        if (await Task.WhenAny(all, Task.Delay(timeout)) != all)
        {
            var behind = waits.Count(w => !w.IsCompleted);
            throw new TimeoutException($"{behind} of {clients.Count} clients did not get all {k} alerts within {timeout}");
        }
        var end = Stopwatch.GetTimestamp();
        var first = RawHubClient.FirstAlertAt;
        return (Stopwatch.GetElapsedTime(start, end).TotalSeconds, ack, Stopwatch.GetElapsedTime(first == 0 ? start : first, end).TotalSeconds);
    }
}
