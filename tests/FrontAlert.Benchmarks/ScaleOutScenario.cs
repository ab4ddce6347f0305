using System.Diagnostics;
using System.Text.Json.Nodes;
using FrontAlert.Testing;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Scale out, measured: 1, 2 and 3 standalone silos (<c>FrontAlert.Silo</c> processes) and one web node process as an
/// Orleans client (HostSilo=false, workstation GC as shipped), on one Redis. Batch and single-report ingest in a closed
/// loop (the load generator is this process), then the e2e generator process (maximum and 50% of it). For every run:
/// reports/s, CPU seconds per thousand reports of each process (silos, web node, redis-server; utime+stime from
/// /proc/&lt;pid&gt;/stat over the measured window only) and Redis commands per report (INFO commandstats), the
/// figures BENCHMARKS.md projects a larger deployment from. On a 2-core machine the absolute rate cannot grow with
/// the silo count; the cost per report per process is the point.
/// </summary>
public static class ScaleOutScenario
{
    public static async Task<object> Run(Options o)
    {
        // the shipped default (appendfsync always) when the run includes it: the projection is for what ships
        var fsync = o.Fsyncs.Contains("always") ? "always" : o.Fsyncs[0];
        var results = new List<object>();
        foreach (var n in new[] { 1, 2, 3 })
        {
            try
            {
                results.Add(await With(o, n, fsync));
            }
            catch (Exception e)
            {
                // one silo count failing (a cluster that never became ready) must not lose the others' figures
                Log.Say($"scaleout with {n} silo(s) FAILED: {e.GetType().Name}: {e.Message}");
                results.Add(new { silos = n, error = e.ToString() });
            }
        }
        return new { redisFsync = fsync, webNodes = 1, results, projection = Project(results) };
    }

    /// <summary>
    /// What N 8-core silos on one Redis would sustain, from the measured CPU per report: silos scale out (their CPU
    /// per report net of their idle CPU, summed over the silos of a run), web nodes too, Redis does not (one thread runs every command).
    /// 80% of a silo's or web node's cores are counted usable; Redis's one core fully. Per path, from the run with the
    /// most silos that measured it; the smallest capacity is the resource that runs out first.
    /// </summary>
    private static object Project(List<object> results)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(results, BenchJson.Options)!.AsArray();
        var projection = new JsonObject();
        foreach (var path in new[] { "batch", "single" })
        {
            var run = json.LastOrDefault(r => r?[path]?["netCpuSecondsPerThousandReports"] is JsonObject o && o.Any(kv => kv.Value is not null));
            if (run is null)
            {
                continue;
            }
            var cost = run[path]!["netCpuSecondsPerThousandReports"]!.AsObject();
            double Sum(Func<string, bool> which) => cost.Where(kv => which(kv.Key) && kv.Value is not null).Sum(kv => kv.Value!.GetValue<double>()) / 1000;
            var silo = Sum(k => k.StartsWith("silo", StringComparison.Ordinal));
            var web = Sum(k => k.StartsWith("web", StringComparison.Ordinal));
            var redis = Sum(k => k.StartsWith("redis", StringComparison.Ordinal));
            var byN = new JsonObject();
            foreach (var n in new[] { 1, 2, 4, 8 })
            {
                var silos = silo > 0 ? n * 8 * 0.8 / silo : double.PositiveInfinity;
                var redisCap = redis > 0 ? 1 / redis : double.PositiveInfinity;
                var webPerNode = web > 0 ? 8 * 0.8 / web : double.PositiveInfinity;
                var limit = Math.Min(silos, redisCap);
                byN[$"{n} silos"] = new JsonObject
                {
                    ["reportsPerSecond"] = Math.Round(limit),
                    ["runsOutFirst"] = silos <= redisCap ? "silo CPU" : "redis-server's one thread",
                    ["siloCapacity"] = Math.Round(silos),
                    ["redisCapacity"] = Math.Round(redisCap),
                    ["webNodesNeeded"] = Math.Ceiling(limit / webPerNode),
                };
            }
            projection[path] = new JsonObject
            {
                ["fromRun"] = $"{run["silos"]} silo(s)",
                ["cpuMsPerReport"] = new JsonObject { ["silos"] = Math.Round(silo * 1000, 4), ["web"] = Math.Round(web * 1000, 4), ["redis"] = Math.Round(redis * 1000, 4) },
                ["redisCommandsPerReport"] = run[path]!["redisCommandsPerReport"]?.DeepClone(),
                ["eightCoreSilos"] = byN,
            };
        }
        return projection;
    }

    private static async Task<object> With(Options o, int siloCount, string fsync)
    {
        var clusterId = "so-" + Guid.NewGuid().ToString("N")[..6];
        await using var redis = new RedisDisposable(new RedisServer(fsync));
        await redis.Server.InitializeAsync();
        var silos = await Task.WhenAll(Enumerable.Range(0, siloCount).Select(_ =>
            SiloProcess.Start(redis.Server.ConnectionString, clusterId, FreePort.Next(), FreePort.Next(), Node.Gc("workstation"))));
        var httpPort = FreePort.Next();
        var web = await WebProcess.Start(redis.Server.ConnectionString, httpPort, FreePort.Next(), FreePort.Next(), clusterId, hostSilo: false,
            settings: Node.Gc("workstation"));
        try
        {
            var nodes = new Node.Set([.. silos.Select((s, i) => Node.Silo(s.HttpPort, i + 1)), Node.Web(httpPort, "workstation"), Node.Redis(redis.Server.Port)]);
            Log.Say($"scaleout: {siloCount} silo(s) + 1 web node (client) on redis appendfsync {fsync}: {nodes.Describe()}");
            var root = new Uri($"http://127.0.0.1:{httpPort}/");
            using var anyone = Http.Client(root, null);
            using var reporter = Http.Client(root, Keys.Reporter, connections: 512);
            // a cluster that just started may answer 503 until every silo has joined and the catalog is active
            var places = await Ready(() => Places.Load(anyone));
            // activate every place and ancestor, spread over the silos
            await reporter.PostReports("reports", places.Batch("warm", 0, places.Ids.Length * 2));

            var warm = TimeSpan.FromSeconds(o.Quick ? 1 : 3);
            var measure = TimeSpan.FromSeconds(o.Quick ? 5 : 10);
            const int BatchSize = 1000;
            var id = clusterId;
            var batch = await Measure(nodes, redis.Server.ConnectionString, $"{siloCount} silo(s) batch", window => Load.ClosedLoop(4, warm, measure,
                i => reporter.PostReports("reports", places.Batch($"{id}b", i, BatchSize)), window));
            var single = await Measure(nodes, redis.Server.ConnectionString, $"{siloCount} silo(s) single", window => Load.ClosedLoop(128, warm, measure,
                i => reporter.PostReports("reports", places.One($"{id}s-{i}", i)), window));

            var plan = new GeneratorPlan(root.ToString(), [0.5], WarmSeconds: o.Quick ? 1 : 3, ClosedSeconds: o.Quick ? 3 : 8,
                LevelSeconds: o.Quick ? 4 : 12, DrainSeconds: 5, OutDir: o.Out, Tag: $"scaleout{siloCount}-");
            var cpu = nodes.Cpu();
            var e2e = await GeneratorProcess.Run(plan, $"scaleout {siloCount} silo(s)");
            e2e["cpuSeconds"] = nodes.CpuSince(cpu);
            // What each process burns doing nothing (membership probes, timers, pollers), measured last, once the JIT and
            // every backlog are done: charged to reports it would make a slow run look expensive per report, so the net
            // figure subtracts it.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var idleSeconds = o.Quick ? 2.0 : 4.0;
            var idle0 = nodes.Cpu();
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            var idleCores = nodes.CpuSince(idle0).ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<double>() / idleSeconds);
            foreach (var path in new[] { batch, single })
            {
                Net(path, idleCores);
            }
            Log.Say($"scaleout {siloCount} silo(s): idle cores " + string.Join(", ", idleCores.Select(kv => $"{kv.Key} {kv.Value:F3}"))
                + $"; net CPU s per 1,000 batch reports {batch["netCpuSecondsPerThousandReports"]?.ToJsonString()}, single {single["netCpuSecondsPerThousandReports"]?.ToJsonString()}");
            return new { silos = siloCount, processes = nodes.Describe(), idleCores = idleCores.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 3)), batch, single, e2e };
        }
        finally
        {
            await web.DisposeAsync();
            foreach (var s in silos)
            {
                await s.DisposeAsync();
            }
        }
    }

    private static async Task<T> Ready<T>(Func<Task<T>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (HttpRequestException) when (attempt < 60)
            {
                await Task.Delay(1000);
            }
        }
    }

    /// <summary>A closed-loop run; CPU is read as its measured window opens and closes (warm-up not counted).</summary>
    /// <summary>CPU per report minus what the process spends idle over the same window.</summary>
    private static void Net(JsonObject path, Dictionary<string, double> idleCores)
    {
        var reports = path["reports"]!.GetValue<double>();
        var seconds = path["run"]!["Seconds"]!.GetValue<double>();
        var net = new JsonObject();
        foreach (var (name, cpu) in path["cpuSecondsInWindow"]!.AsObject())
        {
            net[name] = reports >= 1 ? Math.Round(Math.Max(0, cpu!.GetValue<double>() - idleCores[name] * seconds) / reports * 1000, 4) : null;
        }
        path["netCpuSecondsPerThousandReports"] = net;
    }

    private static async Task<JsonObject> Measure(Node.Set nodes, string redis, string label, Func<Func<bool, Task>, Task<LoadRun>> run)
    {
        Dictionary<string, double>? cpu0 = null;
        JsonObject? cpu = null;
        Dictionary<string, long>? calls0 = null;
        Dictionary<string, double>? calls = null;
        var r = await run(async open =>
        {
            if (open)
            {
                calls0 = await RedisCalls.Count(redis);
                cpu0 = nodes.Cpu();
            }
            else
            {
                cpu = nodes.CpuSince(cpu0!);
                // what was acknowledged in the window; the calls of operations still in flight blur it a little
                calls = (await RedisCalls.Count(redis), calls0!) is var (after, before) ? RedisCalls.PerUnit(before, after, 1) : null;
            }
        });
        var reportsInWindow = (long)(r.UnitsPerSecond * r.Seconds);
        calls = reportsInWindow > 1 ? calls!.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value / reportsInWindow, 3)) : [];
        var reports = r.UnitsPerSecond * r.Seconds;
        var perThousand = new JsonObject();
        var cores = new JsonObject();
        foreach (var (name, seconds) in cpu!)
        {
            var s = seconds!.GetValue<double>();
            // no report acknowledged in the window (a batch POST longer than the window): no cost per report to give
            perThousand[name] = reports >= 1 ? Math.Round(s / reports * 1000, 4) : null;
            cores[name] = Math.Round(s / r.Seconds, 2);
        }
        Log.Say($"scaleout {label}: {r.UnitsPerSecond:N0} reports/s (p99 {r.Latency.P99Ms} ms, failed {r.Failed}); CPU s per 1,000 reports: "
            + string.Join(", ", perThousand.Select(kv => $"{kv.Key} {kv.Value}")) + "; redis commands per report: "
            + string.Join(", ", calls.Take(6).Select(kv => $"{kv.Key} {kv.Value}")));
        return System.Text.Json.JsonSerializer.SerializeToNode(new
        {
            reportsPerSecond = r.UnitsPerSecond, reports = Math.Round(reports), run = r, cpuSecondsInWindow = cpu, cpuSecondsPerThousandReports = perThousand,
            coresUsed = cores, redisCommandsPerReport = calls,
        }, BenchJson.Options)!.AsObject();
    }
}
