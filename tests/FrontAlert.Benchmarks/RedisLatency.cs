using System.Globalization;
using System.Text.Json.Nodes;
using StackExchange.Redis;

namespace FrontAlert.Benchmarks;

/// <summary>
/// What Redis itself says about stalls during a run: its latency monitor (events of 1 ms or more: a command, an AOF
/// write that waited for a pending fsync, an fsync under appendfsync always, ...), the count of delayed AOF fsyncs,
/// and each command's mean time (INFO commandstats usec_per_call). The end-to-end breakdown says where a report's
/// time goes between processes; this says whether Redis's single thread was the one that stood still.
/// </summary>
public static class RedisLatency
{
    public static async Task Watch(string connectionString)
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true");
        var server = mux.GetServer(mux.GetEndPoints()[0]);
        await server.ExecuteAsync("CONFIG", "SET", "latency-monitor-threshold", "1");
        await server.ExecuteAsync("LATENCY", "RESET");
        await server.ExecuteAsync("CONFIG", "RESETSTAT");
    }

    public static async Task<JsonObject> Report(string connectionString)
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true");
        var server = mux.GetServer(mux.GetEndPoints()[0]);
        var events = new JsonObject();
        // LATENCY LATEST: [event, time of latest, latest ms, max ms] per event
        foreach (var e in (RedisResult[])(await server.ExecuteAsync("LATENCY", "LATEST"))!)
        {
            var f = (RedisResult[])e!;
            var history = (RedisResult[])(await server.ExecuteAsync("LATENCY", "HISTORY", (string)f[0]!))!;
            var samples = history.Select(h => (long)((RedisResult[])h!)[1]).Order().ToArray();
            events[(string)f[0]!] = new JsonObject
            {
                ["maxMs"] = (long)f[3],
                ["samples"] = samples.Length, // one per second at most: the worst of that second
                ["medianOfSamplesMs"] = samples.Length > 0 ? samples[samples.Length / 2] : 0,
            };
        }
        var persistence = (await server.InfoAsync("persistence")).SelectMany(g => g).ToDictionary(kv => kv.Key, kv => kv.Value);
        var perCall = new JsonObject();
        foreach (var (key, value) in (await server.InfoAsync("commandstats")).SelectMany(g => g))
        {
            var usec = value.Split(',').FirstOrDefault(p => p.StartsWith("usec_per_call=", StringComparison.Ordinal));
            var calls = value.Split(',').FirstOrDefault(p => p.StartsWith("calls=", StringComparison.Ordinal));
            if (usec is not null && calls is not null)
            {
                perCall[key.Replace("cmdstat_", "", StringComparison.Ordinal)] = new JsonObject
                {
                    ["calls"] = long.Parse(calls["calls=".Length..], CultureInfo.InvariantCulture),
                    ["usecPerCall"] = double.Parse(usec["usec_per_call=".Length..], CultureInfo.InvariantCulture),
                };
            }
        }
        return new JsonObject
        {
            ["note"] = "Redis's latency monitor (threshold 1 ms; one sample per event per second, its worst), aof_delayed_fsync, and INFO commandstats since the run began",
            ["latencyEvents"] = events,
            ["aofDelayedFsync"] = persistence.GetValueOrDefault("aof_delayed_fsync"),
            ["commands"] = perCall,
        };
    }
}
