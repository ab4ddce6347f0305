using FrontAlert.Testing;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Scenario 4: idle subscribers. The web node (with its in-process silo, durable on Redis) runs as its own process
/// (<c>dotnet FrontAlert.Web.dll</c>, WebProcess) so its resident memory can be read from /proc. N raw WebSocket
/// clients connect, handshake and Subscribe to everything, then only ping every 10 s as the official clients do.
/// Memory per connection = (RSS with N − RSS before) / N. One alert is then raised to prove every connection is live.
/// </summary>
public static class IdleScenario
{
    /// <summary>The same N raw clients against a plain SignalR hub (no Orleans, no subscriptions) in its own process.</summary>
    private static async Task<object> PlainHub(int n, IReadOnlyDictionary<string, string>? environment = null)
    {
        await using var plain = await PlainHubProcess.Start(environment);
        var root = plain.Root;
        await using (var warm = await RawHubClient.Connect(root))
        {
            await Task.Delay(500);
        }
        await Task.Delay(3000);
        var before = Machine.Rss(plain.Pid);
        var clients = await RawHubClient.ConnectMany(root, n, subscribe: null, parallel: 100);
        await Task.Delay(4000);
        var rss = Enumerable.Range(0, 3).Select(_ => { Thread.Sleep(300); return Machine.Rss(plain.Pid); }).Min();
        var open = clients.Count(c => c.Open);
        await Hold("plain hub", plain.Pid);
        Log.Say($"idle: plain SignalR hub process, {n:N0} connections: RSS {before / 1048576.0:F1} → {rss / 1048576.0:F1} MiB, {(rss - before) / (double)n / 1024:F1} KiB per connection; {open:N0} open");
        await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        return new { connections = n, rssBeforeBytes = before, rssBytes = rss, bytesPerConnection = Math.Round((rss - before) / (double)n), stillOpen = open };
    }

    /// <summary>
    /// <c>FRONTALERT_BENCH_IDLE_HOLD=seconds</c> keeps the connections open that long after the measurement, so a heap
    /// dump can be taken of each process (<c>dotnet-gcdump collect -p PID</c>); unset, no pause.
    /// </summary>
    private static async Task Hold(string what, int pid)
    {
        var seconds = Knob.Count("FRONTALERT_BENCH_IDLE_HOLD", 0);
        if (seconds > 0)
        {
            Log.Say($"idle: holding {seconds} s for a heap dump of the {what}, pid {pid}");
            await Task.Delay(TimeSpan.FromSeconds(seconds));
        }
    }

    /// <summary>
    /// <c>FRONTALERT_BENCH_WEB_GEN0SIZE=0x...</c>: the web node runs with that gen0 budget (<c>DOTNET_GCgen0size</c>),
    /// and the plain hub is measured twice, as it is and with the same setting. Unset, both run as they ship.
    /// </summary>
    private static readonly Dictionary<string, string> WebGc =
        Environment.GetEnvironmentVariable("FRONTALERT_BENCH_WEB_GEN0SIZE") is { Length: > 0 } gen0
            ? new() { ["DOTNET_GCgen0size"] = gen0 }
            : [];

    private const string Everything = "{\"scopeIds\":[],\"minSeverity\":null,\"afterSeq\":null}";

    public static async Task<object> Run(Options o)
    {
        var n = o.Quick ? 10_000 : 10_000;
        var steps = o.Quick ? new[] { n } : new[] { 2_500, 5_000, 10_000 };
        await using var redis = new RedisDisposable(new RedisServer("everysec"));
        await redis.Server.InitializeAsync();
        var httpPort = FreePort.Next();
        await using var web = await WebProcess.Start(redis.Server.ConnectionString, httpPort, FreePort.Next(), FreePort.Next(), "idle-" + Guid.NewGuid().ToString("N")[..6],
            settings: WebGc);
        var pid = Machine.FindPid($"http://127.0.0.1:{httpPort}") ?? throw new InvalidOperationException("web process not found in /proc");
        var root = new Uri($"http://127.0.0.1:{httpPort}/");
        using var anyone = Http.Client(root, null);
        using var op = Http.Client(root, Keys.Operator);
        using var reporter = Http.Client(root, Keys.Reporter);
        var places = await Places.Load(anyone);
        await op.PutJson("rules/bench-strike", new { kind = "strike", scopeId = "sy", minKilled = 1, severity = "warning", name = "bench: every strike" });
        // warm the node: one hub connection and one ingest through the whole path, so the baseline includes JIT and caches
        await using (var warm = await RawHubClient.Connect(root, subscribe: Everything))
        {
            await reporter.PostReports("reports", places.Batch("warm", 0, 10));
            await Task.Delay(1000);
        }
        await Task.Delay(3000);
        var before = Machine.Rss(pid);
        Log.Say($"idle: web process {pid} on :{httpPort}, RSS before {before / 1048576.0:F1} MiB");

        var clients = new List<RawHubClient>();
        using var stopPing = new CancellationTokenSource();
        var pinger = Task.Run(async () =>
        {
            while (!stopPing.IsCancellationRequested)
            {
                await Task.Delay(10_000, stopPing.Token).ContinueWith(_ => { });
                List<RawHubClient> now;
                lock (clients)
                {
                    now = [.. clients];
                }
                foreach (var c in now)
                {
                    try { await c.SendPing(); } catch { }
                }
            }
        });
        var samples = new List<object>();
        var connectSeconds = 0.0;
        Exception? failure = null;
        foreach (var target in steps)
        {
            var t0 = DateTime.UtcNow;
            try
            {
                var more = await RawHubClient.ConnectMany(root, target - clients.Count, Everything, parallel: 100);
                lock (clients)
                {
                    clients.AddRange(more);
                }
            }
            catch (Exception e)
            {
                failure = e;
                Log.Say($"idle: connecting failed at {clients.Count:N0}: {e.GetType().Name}: {e.Message}");
                break;
            }
            connectSeconds += (DateTime.UtcNow - t0).TotalSeconds;
            await Task.Delay(o.Quick ? 4000 : 10000); // let the server settle (GC, pools)
            var rss = Enumerable.Range(0, 3).Select(_ => { Thread.Sleep(300); return Machine.Rss(pid); }).Min();
            var perConnection = (rss - before) / (double)target;
            Log.Say($"idle: {target:N0} subscribers: RSS {rss / 1048576.0:F1} MiB, {perConnection / 1024:F1} KiB per connection");
            samples.Add(new { subscribers = target, rssBytes = rss, bytesPerConnection = Math.Round(perConnection) });
        }
        await Hold("web node", pid);

        // every connection still open and subscribed: one alert reaches them all
        var waits = clients.Select(c => c.WhenCount(c.Alerts + 1)).ToArray();
        await reporter.PostReports("reports", places.Batch("idle-probe", 1, 1));
        var all = Task.WhenAll(waits);
        await Task.WhenAny(all, Task.Delay(30_000));
        var reached = waits.Count(w => w.IsCompleted);
        var open = clients.Count(c => c.Open);
        Log.Say($"idle: probe alert reached {reached:N0} of {clients.Count:N0} subscribers; {open:N0} open");
        await stopPing.CancelAsync();
        await pinger;
        var cpu = Machine.CpuSeconds(pid);
        await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        var plain = await PlainHub(n);
        // the same GC setting on the plain hub: what the setting does without FrontAlert, reported beside the baseline
        var plainTuned = WebGc.Count > 0 ? await PlainHub(n, WebGc) : null;
        return new
        {
            plainHub = plain,
            plainHubTuned = plainTuned,
            webGc = WebGc,
            webPid = pid,
            rssBeforeBytes = before,
            samples,
            subscribers = clients.Count,
            connectSeconds = Math.Round(connectSeconds, 1),
            probeAlertReached = reached,
            stillOpen = open,
            webProcessCpuSeconds = cpu,
            failure = failure?.Message,
            note = "RSS of the whole web process (its own GC setting, in-process silo); clients live in the benchmark process",
        };
    }
}
