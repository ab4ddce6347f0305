using FrontAlert.Testing;
using StackExchange.Redis;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Scenario 1: durable reports a second at saturation, batch and single-report paths, each paired with the grain-only
/// baseline (same Kestrel, same silo, same Redis) and raw pipelined Redis writes of the same payloads (same Redis).
/// Once per Redis AOF fsync setting (everysec, always), FrontAlert and its baselines on the same setting.
/// A 202 from FrontAlert means the location grain's state write returned.
/// </summary>
public static class IngestScenario
{
    public static async Task<object> Run(Options o)
    {
        var results = new Dictionary<string, object>();
        foreach (var fsync in o.Fsyncs)
        {
            results[fsync] = await One(o, fsync);
        }
        return results;
    }

    private static async Task<object> One(Options o, string fsync)
    {
        await using var redis = new RedisDisposable(new RedisServer(fsync));
        await redis.Server.InitializeAsync();
        await using var server = await BenchServer.Start(redis.Server.ConnectionString);
        using var anyone = Http.Client(server.Address, null);
        using var reporter = Http.Client(server.Address, Keys.Reporter, connections: 512);
        var places = await Places.Load(anyone);
        var raw = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString + ",allowAdmin=true");
        await RedisLatency.Watch(redis.Server.ConnectionString);
        var db = raw.GetDatabase();
        var redisPid = Machine.FindRedisPid(redis.Server.Port);
        Log.Say($"ingest: FrontAlert on {server.Address}, redis-server :{redis.Server.Port} (appendfsync {fsync}), {places.Ids.Length} towns and cities");

        // Activate every place (and every ancestor, through roll-ups) and every baseline grain before measuring.
        await reporter.PostReports("reports", places.Batch("warm", 0, places.Ids.Length * 2));
        await reporter.PostReports("/bench/baseline/reports", places.Batch("warm", 0, places.Ids.Length * 2));

        // 10 s after a 3 s warm-up: rounds of the same pair differ far more than a longer run would smooth out
        var warm = o.Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);
        var measure = o.Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(10);
        var rounds = o.Quick ? 1 : 2;
        const int BatchSize = 1000;
        var batchWorkers = o.Quick ? 4 : 4;
        var singleWorkers = Knob.Count("FRONTALERT_BENCH_SINGLE_WORKERS", 128);
        var runs = new List<object>();
        long run = 0;

        async Task<LoadRun> Measure(string system, string path, int workers, Func<long, Task<int>> op)
        {
            var cpu0 = Machine.CpuSeconds(Environment.ProcessId);
            var redisCpu0 = Machine.CpuSeconds(redisPid);
            var wall = System.Diagnostics.Stopwatch.StartNew();
            var r = await Load.ClosedLoop(workers, warm, measure, op);
            var cores = (Machine.CpuSeconds(Environment.ProcessId) - cpu0) / wall.Elapsed.TotalSeconds;
            var redisCores = (Machine.CpuSeconds(redisPid) - redisCpu0) / wall.Elapsed.TotalSeconds;
            r = r with { Note = $"cores used: benchmark process (load generator + web node + silo) {cores:F2}, redis-server {redisCores:F2}" };
            Log.Say($"ingest {fsync,-8} {path,-6} {system,-14} {r.UnitsPerSecond,10:N0} reports/s  ({r.AchievedPerSecond:N0} requests/s, p50 {r.Latency.P50Ms} ms, p99 {r.Latency.P99Ms} ms, failed {r.Failed}; cores {cores:F2} + redis {redisCores:F2})");
            runs.Add(new { system, path, run = r });
            return r;
        }

        async Task<int> RawBatch(long i)
        {
            var batch = db.CreateBatch();
            var tasks = new Task[BatchSize];
            for (var k = 0; k < BatchSize; k++)
            {
                var place = places.Ids[(i + k) % places.Ids.Length];
                tasks[k] = batch.HashSetAsync($"bench:raw:{{{place}}}", $"rb-{i}-{k}", places.One($"rb-{i}-{k}", i + k));
            }
            batch.Execute();
            await Task.WhenAll(tasks);
            return BatchSize;
        }

        var results = new Dictionary<string, List<LoadRun>>();
        void Add(string key, LoadRun r) => (results.TryGetValue(key, out var l) ? l : results[key] = []).Add(r);
        for (var round = 0; round < rounds; round++)
        {
            var id = Interlocked.Increment(ref run);
            Add("batch/frontalert", await Measure("frontalert", "batch", batchWorkers,
                i => reporter.PostReports("reports", places.Batch($"fb{id}", i, BatchSize))));
            Add("batch/grain", await Measure("grain+redis", "batch", batchWorkers,
                i => reporter.PostReports("/bench/baseline/reports", places.Batch($"gb{id}", i, BatchSize))));
            // raw pipelined Redis is the steadiest figure of all: one round is enough
            if (round == 0)
            {
                Add("batch/redis", await Measure("raw redis", "batch", batchWorkers, RawBatch));
            }
            Add("single/frontalert", await Measure("frontalert", "single", singleWorkers,
                i => reporter.PostReports("reports", places.One($"fs{id}-{i}", i))));
            Add("single/grain", await Measure("grain+redis", "single", singleWorkers,
                i => reporter.PostReports("/bench/baseline/reports", places.One($"gs{id}-{i}", i))));
            if (round == 0)
            {
                Add("single/redis", await Measure("raw redis", "single", singleWorkers, async i =>
                {
                    await db.HashSetAsync($"bench:raw:{{{places.Ids[i % places.Ids.Length]}}}", $"rs{id}-{i}", places.One($"rs{id}-{i}", i));
                    return 1;
                }));
            }
        }

        // State sizes as stored: what each write carries.
        var server0 = raw.GetServer(raw.GetEndPoints()[0]);
        var sizes = new Dictionary<string, long>();
        await foreach (var key in server0.KeysAsync(pattern: "*", pageSize: 1000))
        {
            var k = key.ToString();
            if (k.Contains(places.Ids[0], StringComparison.Ordinal) || k.EndsWith("/sy", StringComparison.Ordinal) || k.Contains("/sy/", StringComparison.Ordinal))
            {
                sizes[$"{k} ({await db.KeyTypeAsync(key)}, MEMORY USAGE)"] = (long)await db.ExecuteAsync("MEMORY", "USAGE", key);
            }
        }
        var info = (await db.ExecuteAsync("INFO", "persistence")).ToString();
        var redisLatency = await RedisLatency.Report(redis.Server.ConnectionString);
        await raw.DisposeAsync();

        double Best(string key) => results[key].Max(r => r.UnitsPerSecond);
        // One path's best round of each system and FrontAlert's ratios to them.
        object Summary(string path) => new
        {
            frontalert = Best($"{path}/frontalert"),
            grainBaseline = Best($"{path}/grain"),
            rawRedis = Best($"{path}/redis"),
            ratioToGrain = Math.Round(Best($"{path}/frontalert") / Best($"{path}/grain"), 3),
            ratioToRedis = Math.Round(Best($"{path}/frontalert") / Best($"{path}/redis"), 3),
        };
        var summary = new
        {
            redisFsync = fsync,
            batchSize = BatchSize,
            batchWorkers,
            singleWorkers,
            secondsPerRun = measure.TotalSeconds,
            rounds,
            batch = Summary("batch"),
            single = Summary("single"),
            storedStateBytes = sizes,
            redis = redisLatency,
            aofFsync = info.Split('\n').Where(l => l.StartsWith("aof_", StringComparison.Ordinal)).Take(6).Select(l => l.Trim()).ToArray(),
            runs,
        };
        return summary;
    }
}

/// <summary>RedisServer is an xunit IAsyncLifetime; this makes it await-using friendly.</summary>
public sealed class RedisDisposable(RedisServer server) : IAsyncDisposable
{
    public RedisServer Server { get; } = server;
    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
