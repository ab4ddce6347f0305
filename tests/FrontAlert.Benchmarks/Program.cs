using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontAlert.Benchmarks;
using FrontAlert.Testing;

// FrontAlert benchmarks (issue 7). One command:
//   dotnet run -c Release --project tests/FrontAlert.Benchmarks -- [--quick] [--scenario ingest|e2e|fanout|idle|failover|delivery|replay] [--out DIR]
if (args is ["--serve-plain-hub", var plainPort])
{
    // the idle scenario's baseline: a plain SignalR hub in its own process, so its RSS can be read like the web node's
    await using var plainHub = await PlainHubServer.Start(int.Parse(plainPort));
    Console.WriteLine("plain hub ready");
    await Task.Delay(Timeout.Infinite);
    return;
}
var options = Options.Parse(args);
Directory.CreateDirectory(options.Out);
BenchSettings.Export();
var fds = Rlimit.Raise(200_000);
ThreadPool.GetMinThreads(out var workers, out var io);
ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));

var clock = Stopwatch.StartNew();
Log.Say($"FrontAlert benchmarks, {(options.Quick ? "quick" : "full")} mode, scenarios: {string.Join(", ", options.Scenarios)}; open files limit {fds}; output {options.Out}");
var machine = Machine.Facts();
var results = new JsonObject
{
    ["suite"] = "FrontAlert benchmarks (issue 7)",
    ["mode"] = options.Quick ? "quick" : "full",
    ["startedAt"] = DateTimeOffset.UtcNow.ToString("O"),
    ["command"] = "dotnet run -c Release --project tests/FrontAlert.Benchmarks -- " + string.Join(' ', args),
    ["machine"] = JsonSerializer.SerializeToNode(machine),
};
var scenarios = new JsonObject();
results["scenarios"] = scenarios;
var json = new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

foreach (var name in options.Scenarios)
{
    var t0 = Stopwatch.StartNew();
    try
    {
        object result = name switch
        {
            "ingest" => await IngestScenario.Run(options),
            "e2e" => await EndToEndScenario.Run(options),
            "fanout" => await FanoutScenario.Run(options),
            "idle" => await IdleScenario.Run(options),
            "failover" => await FailoverScenario.Run(options),
            "delivery" => await DeliveryScenario.Run(options),
            "replay" => await ReplayScenario.Run(options),
            _ => throw new ArgumentException($"unknown scenario {name}"),
        };
        var node = JsonSerializer.SerializeToNode(result, json)!;
        node["seconds"] = Math.Round(t0.Elapsed.TotalSeconds, 1);
        scenarios[name] = node;
    }
    catch (Exception e)
    {
        Log.Say($"{name} FAILED: {e}");
        scenarios[name] = new JsonObject { ["error"] = e.ToString(), ["seconds"] = Math.Round(t0.Elapsed.TotalSeconds, 1) };
    }
    GC.Collect();
}

results["targets"] = Targets.Evaluate(scenarios);
results["totalSeconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1);
results["loadAverageAtEnd"] = File.ReadAllText("/proc/loadavg").Trim();
var text = results.ToJsonString(json);
var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
await File.WriteAllTextAsync(Path.Combine(options.Out, $"results-{stamp}.json"), text);
await File.WriteAllTextAsync(Path.Combine(options.Out, "latest.json"), text);
await File.WriteAllTextAsync(Path.Combine(options.Out, $"log-{stamp}.txt"), Log.Lines.ToString());
if (options.Scenarios.Length == Options.All.Length)
{
    var committed = Path.Combine(Repo.Root, "tests", "FrontAlert.Benchmarks", "results");
    Directory.CreateDirectory(committed);
    await File.WriteAllTextAsync(Path.Combine(committed, options.Quick ? "quick.json" : "latest.json"), text);
}
Console.WriteLine();
Console.WriteLine(Targets.Table(results["targets"]!.AsArray()));
Log.Say($"done in {clock.Elapsed.TotalSeconds:F0} s; results in {Path.Combine(options.Out, "latest.json")}");

namespace FrontAlert.Benchmarks
{
    public sealed class Options
    {
        public static readonly string[] All = ["ingest", "e2e", "fanout", "idle", "failover", "delivery", "replay"];

        public bool Quick { get; private set; }
        public string[] Scenarios { get; private set; } = All;
        public string Out { get; private set; } = Path.Combine(Repo.Root, "artifacts", "benchmarks");

        public static Options Parse(string[] args)
        {
            var o = new Options();
            var picked = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--quick":
                        o.Quick = true;
                        break;
                    case "--scenario":
                        picked.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    case "--out":
                        o.Out = Path.GetFullPath(args[++i]);
                        break;
                    case "-h" or "--help":
                        Console.WriteLine("usage: dotnet run -c Release --project tests/FrontAlert.Benchmarks -- [--quick] [--scenario " + string.Join('|', All) + "[,...]] [--out DIR]");
                        Environment.Exit(0);
                        break;
                    default:
                        throw new ArgumentException($"unknown argument {args[i]}");
                }
            }
            if (picked.Count > 0)
            {
                var unknown = picked.Except(All).ToList();
                if (unknown.Count > 0)
                {
                    throw new ArgumentException($"unknown scenario {string.Join(", ", unknown)}; known: {string.Join(", ", All)}");
                }
                o.Scenarios = [.. All.Where(picked.Contains)];
            }
            return o;
        }
    }

    /// <summary>Issue 7's targets, checked against the figures of this run.</summary>
    public static class Targets
    {
        public static JsonArray Evaluate(JsonObject s)
        {
            var list = new JsonArray();
            void Add(string name, string target, double? value, Func<double, bool> met, string unit)
            {
                list.Add(new JsonObject
                {
                    ["target"] = name,
                    ["wanted"] = target,
                    ["measured"] = value is null ? null : Math.Round(value.Value, 3),
                    ["unit"] = unit,
                    ["met"] = value is null || target.StartsWith('(') ? null : met(value.Value),
                });
            }
            double? Get(string path)
            {
                JsonNode? node = s;
                foreach (var part in path.Split('.'))
                {
                    node = node is JsonArray a && int.TryParse(part, out var i) ? (i < a.Count ? a[i] : null) : (node as JsonObject)?[part];
                    if (node is null)
                    {
                        return null;
                    }
                }
                return node.GetValueKind() == JsonValueKind.Number ? node.GetValue<double>() : null;
            }
            Add("ingest, batch: durable reports/s", "≥ 10,000", Get("ingest.batch.frontalert"), v => v >= 10_000, "reports/s");
            Add("ingest, batch: ratio to grain+Redis", "≥ 0.5", Get("ingest.batch.ratioToGrain"), v => v >= 0.5, "×");
            Add("ingest, single: durable reports/s", "(reported)", Get("ingest.single.frontalert"), _ => true, "reports/s");
            Add("ingest, single: ratio to grain+Redis", "(reported)", Get("ingest.single.ratioToGrain"), _ => true, "×");
            // a level at which no alert arrived has no latency to report (its alertsMissingAfter10s says how many were lost)
            double? P99(double fraction)
            {
                var levels = s["e2e"]?["levels"] as JsonArray ?? [];
                var level = levels.FirstOrDefault(l => l?["fraction"]?.GetValue<double>() == fraction);
                return level?["alertLatency"]?["Count"]?.GetValue<long>() is > 0 ? level["alertLatency"]!["P99Ms"]!.GetValue<double>() : null;
            }
            Add("end-to-end p99 at 10% load", "(reported)", P99(0.1), _ => true, "ms");
            Add("end-to-end p99 at 50% load", "≤ 10 ms", P99(0.5), v => v <= 10, "ms");
            Add("end-to-end p99 at 80% load", "(reported)", P99(0.8), _ => true, "ms");
            Add("fan-out 1,000: ratio to plain SignalR", "≥ 0.7", Get("fanout.results.0.ratio"), v => v >= 0.7, "×");
            Add("fan-out 10,000: ratio to plain SignalR", "≥ 0.7", Get("fanout.results.1.ratio"), v => v >= 0.7, "×");
            var idle = s["idle"]?["samples"] as JsonArray;
            var last = idle is { Count: > 0 } ? idle[^1] : null;
            Add("idle subscribers held", "≥ 10,000", Get("idle.probeAlertReached"), v => v >= 10_000, "connections");
            Add("idle memory per connection", "≤ 20 KB", last?["bytesPerConnection"]?.GetValue<double>() / 1024.0, v => v <= 20, "KiB");
            Add("idle memory per connection, plain SignalR hub", "(baseline)", Get("idle.plainHub.bytesPerConnection") / 1024.0, _ => true, "KiB");
            Add("failover: all locations answer", "≤ 5 s", Get("failover.worstSeconds"), v => v <= 5, "s");
            Add("push delivery 1,000: ratio to plain HttpClient", "≥ 0.5", Get("delivery.subscriptions.0.ratio"), v => v >= 0.5, "×");
            Add("push delivery 10,000: ratio to plain HttpClient", "≥ 0.5", Get("delivery.subscriptions.1.ratio"), v => v >= 0.5, "×");
            Add("replay: ratio to raw XRANGE", "≥ 0.5", Get("replay.ratio"), v => v >= 0.5, "×");
            return list;
        }

        public static string Table(JsonArray targets)
        {
            var sb = new System.Text.StringBuilder();
            sb.AppendLine("| target | wanted | measured | met |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var t in targets)
            {
                var met = t!["met"] is null ? "n/a" : t["met"]!.GetValue<bool>() ? "yes" : "**no**";
                sb.AppendLine($"| {t["target"]} | {t["wanted"]} | {t["measured"]?.ToString() ?? "—"} {t["unit"]} | {met} |");
            }
            return sb.ToString();
        }
    }
}
