using System.Text.Json.Nodes;

namespace FrontAlert.Benchmarks;

/// <summary>A process under measurement (web node, silo, redis-server), found in /proc, with its CPU time.</summary>
public sealed record Node(string Name, int Pid)
{
    /// <summary>
    /// The environment that picks a .NET node's GC (it overrides the runtimeconfig's ServerGarbageCollection), plus
    /// any <c>FRONTALERT_BENCH_NODE_ENV="NAME=value;NAME=value"</c> for experiments (e.g. runtime knobs on the node only).
    /// </summary>
    public static Dictionary<string, string> Gc(string mode)
    {
        var env = new Dictionary<string, string> { ["DOTNET_gcServer"] = mode == "server" ? "1" : "0" };
        foreach (var pair in (Environment.GetEnvironmentVariable("FRONTALERT_BENCH_NODE_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            env[name] = value;
        }
        return env;
    }

    public static Node Web(int httpPort, string gc) =>
        new($"web ({gc} GC)", Machine.FindPid($"http://127.0.0.1:{httpPort}") ?? throw new InvalidOperationException($"web process on :{httpPort} not found in /proc"));

    public static Node Silo(int httpPort, int n) =>
        new($"silo {n}", Machine.FindPid($"http://127.0.0.1:{httpPort}") ?? throw new InvalidOperationException($"silo on :{httpPort} not found in /proc"));

    public static Node Redis(int port) => new("redis-server", Machine.FindRedisPid(port));

    /// <summary>Threads named ".NET Server GC" exist only under server GC: proof of the mode a node really runs.</summary>
    public int ServerGcThreads()
    {
        try
        {
            return Directory.EnumerateDirectories($"/proc/{Pid}/task")
                .Count(t => File.ReadAllText(Path.Combine(t, "comm")).Contains("Server GC", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return -1;
        }
    }

    public sealed class Set(IReadOnlyList<Node> nodes)
    {
        public IReadOnlyList<Node> Nodes => nodes;

        public Dictionary<string, double> Cpu() => nodes.ToDictionary(n => n.Name, n => Machine.CpuSeconds(n.Pid));

        public JsonObject CpuSince(Dictionary<string, double> before)
        {
            var o = new JsonObject();
            foreach (var n in nodes)
            {
                o[n.Name] = Math.Round(Machine.CpuSeconds(n.Pid) - before[n.Name], 2);
            }
            return o;
        }

        public string Describe() => string.Join(", ", nodes.Select(n => n.Name.StartsWith("redis", StringComparison.Ordinal)
            ? $"{n.Name} {n.Pid}" : $"{n.Name} {n.Pid} ({n.ServerGcThreads()} server GC threads)"));
    }
}
