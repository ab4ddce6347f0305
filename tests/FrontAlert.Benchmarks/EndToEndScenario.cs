using System.Text.Json.Nodes;
using FrontAlert.Testing;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Scenario 2: POST of one strike report → the alert it raises (rule strike, scope sy, minKilled 1) arriving at a
/// SignalR client (the official .NET client, subscribed to everything), measured from outside: the web node with its
/// in-process silo is its own process (<c>dotnet FrontAlert.Web.dll</c>), and so are the load generator and its
/// SignalR client (<see cref="E2EGenerator"/>). First the maximum (single-report POSTs in a closed loop at saturation,
/// rule and subscriber live), then open-loop runs at 10%, 50% and 80% of it, low to high so an overload cannot leak
/// into a lower level; each report's latency runs from the moment its POST was due to the moment its alert arrived.
/// Once per Redis fsync setting and per GC mode of the node (workstation is what web nodes ship, ADR 0009).
/// </summary>
public static class EndToEndScenario
{
    public static readonly string[] GcModes = ["workstation", "server"];

    /// <summary>
    /// The closed loop's warm-up before the maximum is measured: 5 s, or <c>FRONTALERT_BENCH_E2E_WARM</c> seconds for
    /// the experiment in BENCHMARKS.md section 2 (a node warmed for a minute has left JIT tiering behind).
    /// </summary>
    private static double WarmSeconds => Knob.Number("FRONTALERT_BENCH_E2E_WARM", 5);

    public static async Task<object> Run(Options o)
    {
        var results = new JsonObject();
        foreach (var fsync in o.Fsyncs)
        {
            var byGc = new JsonObject();
            foreach (var gc in o.GcModes)
            {
                try
                {
                    byGc[gc] = await One(o, fsync, gc);
                }
                catch (Exception e)
                {
                    // one configuration failing must not lose the others' figures
                    Log.Say($"e2e ({fsync}, {gc} GC) FAILED: {e.GetType().Name}: {e.Message}");
                    byGc[gc] = new JsonObject { ["error"] = e.ToString() };
                }
            }
            results[fsync] = byGc;
        }
        return results;
    }

    private static async Task<JsonNode> One(Options o, string fsync, string gc)
    {
        await using var redis = new RedisDisposable(new RedisServer(fsync));
        await redis.Server.InitializeAsync();
        var httpPort = FreePort.Next();
        await using var web = await WebProcess.Start(redis.Server.ConnectionString, httpPort, FreePort.Next(), FreePort.Next(),
            "e2e-" + Guid.NewGuid().ToString("N")[..6], settings: Node.Gc(gc));
        var nodes = new Node.Set([Node.Web(httpPort, gc), Node.Redis(redis.Server.Port)]);
        Log.Say($"e2e ({fsync}, node on {gc} GC: {nodes.Describe()}): generator and SignalR client in their own process");
        var plan = new GeneratorPlan(new Uri($"http://127.0.0.1:{httpPort}/").ToString(), [0.1, 0.5, 0.8],
            WarmSeconds: o.Quick ? 2 : WarmSeconds, ClosedSeconds: o.Quick ? 4 : 10, LevelSeconds: o.Quick ? 5 : 20, DrainSeconds: o.Quick ? 5 : 10,
            OutDir: o.Out, Tag: $"{fsync}-{gc}-", Rates: o.E2ERates);
        await RedisLatency.Watch(redis.Server.ConnectionString);
        var cpu = nodes.Cpu();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var result = await GeneratorProcess.Run(plan, $"{fsync}/{gc}");
        result["redis"] = await RedisLatency.Report(redis.Server.ConnectionString);
        result["cpuSeconds"] = nodes.CpuSince(cpu);
        result["wallSeconds"] = Math.Round(wall.Elapsed.TotalSeconds, 1);
        result["node"] = nodes.Describe();
        result["redisFsync"] = fsync;
        result["webGc"] = gc;
        return result;
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
