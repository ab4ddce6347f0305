using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using FrontAlert.Testing;
using FrontAlert.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace FrontAlert.Benchmarks;

/// <summary>Settings every FrontAlert node under load gets (also exported to child processes through the environment).</summary>
public static class BenchSettings
{
    public static readonly Dictionary<string, string?> Web = new()
    {
        ["FrontAlert:Limits:IngestPerSecond"] = "0",
        ["FrontAlert:Limits:HubConnectsPerMinute"] = "0",
        ["FrontAlert:Limits:SubscriptionsPerMinute"] = "0",
        ["FrontAlert:Delivery:MaxPerAddress"] = "0",
        // the delivery scenario's push service is on loopback
        ["FrontAlert:Delivery:AllowPrivateEndpoints"] = "true",
        ["Serilog:MinimumLevel:Default"] = "Warning",
        // the replay scenario's subscriber catches up 100,000 alerts in one Subscribe
        ["FrontAlert:Hub:MaxReplay"] = "200000",
        // ... which would cost it more hub calls than a full budget holds once Subscribe itself spent one
        ["FrontAlert:Hub:ReplayPerCall"] = "200000",
    };

    /// <summary>WebProcess and SiloProcess copy this process's environment: the same settings reach them.</summary>
    public static void Export()
    {
        foreach (var (key, value) in Web)
        {
            Environment.SetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal), value);
        }
    }
}

/// <summary>
/// The real FrontAlert web node (the same <see cref="FrontAlertApp.Build"/> as production and FrontAlertServer) on
/// Kestrel with its in-process silo on Redis, plus one extra endpoint for the grain-plus-Redis baseline, so that
/// FrontAlert and its baseline share the process, the HTTP stack, the silo and the Redis server.
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, Uri address) => (_app, Address) = (app, address);

    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<BenchServer> Start(string redis)
    {
        var config = new Dictionary<string, string?>(BenchSettings.Web)
        {
            ["FrontAlert:SiloPort"] = FreePort.Next().ToString(),
            ["FrontAlert:GatewayPort"] = FreePort.Next().ToString(),
            ["FrontAlert:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8],
            [Roles.OperatorKeyVariable] = Keys.Operator,
            [Roles.ReporterKeyVariable] = Keys.Reporter,
            ["ConnectionStrings:redis"] = redis,
        };
        var app = FrontAlertApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(config);
        });
        BaselineEndpoint.Map(app);
        await app.StartAsync();
        return new BenchServer(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public static class Http
{
    public static HttpClient Client(Uri address, string? apiKey, int connections = 256)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(address, "/api/v1/"), Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync()).RootElement.Clone();
    }

    /// <summary>POST reports; the number accepted (202), or -1.</summary>
    public static async Task<int> PostReports(this HttpClient client, string path, byte[] body)
    {
        using var response = await client.PostAsync(path, Json(body));
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            return -1;
        }
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var json = JsonDocument.Parse(bytes).RootElement;
        return json.TryGetProperty("accepted", out var accepted) ? accepted.GetInt32() : 0;
    }

    public static async Task PutJson(this HttpClient client, string path, object body)
    {
        using var response = await client.PutAsync(path, Json(JsonSerializer.SerializeToUtf8Bytes(body)));
        response.EnsureSuccessStatusCode();
    }
}

/// <summary>The gazetteer's towns and cities, and report bodies for them.</summary>
public sealed class Places(string[] ids)
{
    public string[] Ids { get; } = ids;

    public static async Task<Places> Load(HttpClient anyone)
    {
        var ids = new List<string>();
        foreach (var kind in new[] { "town", "city" })
        {
            foreach (var l in (await anyone.GetJson($"locations?kind={kind}")).EnumerateArray())
            {
                ids.Add(l.GetProperty("id").GetString()!);
            }
        }
        return new Places([.. ids]);
    }

    /// <summary>One strike report, ~230 bytes of JSON: the payload of every ingest scenario and every baseline.</summary>
    public static void Strike(Utf8JsonWriter w, string id, string locationId, int killed)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("type", "strike");
        w.WriteString("locationId", locationId);
        w.WriteString("perpetratorId", "ru-af");
        w.WriteString("kind", "airstrike");
        w.WriteString("observedAt", "2024-12-01T01:00:00Z");
        w.WriteNumber("killed", killed);
        w.WriteNumber("wounded", 3);
        w.WriteString("sourceId", "white-helmets");
        w.WriteEndObject();
    }

    public byte[] One(string id, long n, int killed = 1)
    {
        using var buffer = new MemoryStream(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            Strike(w, id, Ids[n % Ids.Length], killed);
        }
        return buffer.ToArray();
    }

    /// <summary>A JSON array of <paramref name="count"/> reports spread round-robin over every town and city.</summary>
    public byte[] Batch(string prefix, long batch, int count, int killed = 1)
    {
        using var buffer = new MemoryStream(count * 240);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            for (var i = 0; i < count; i++)
            {
                Strike(w, $"{prefix}-{batch}-{i}", Ids[(batch + i) % Ids.Length], killed);
            }
            w.WriteEndArray();
        }
        return buffer.ToArray();
    }
}

/// <summary>Machine facts and process memory, from /proc.</summary>
public static partial class Machine
{
    public static object Facts()
    {
        string Run(string file, string args)
        {
            try
            {
                var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, UseShellExecute = false })!;
                var text = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                return text.Trim();
            }
            catch (Exception e)
            {
                return "unavailable: " + e.Message;
            }
        }
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var mem = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(':', 2)[1].Trim();
        var dotnetInfo = Run("dotnet", "--info");
        var runtime = dotnetInfo.Split('\n').SkipWhile(l => !l.Contains("Host:", StringComparison.Ordinal)).Take(4).Select(l => l.Trim()).ToArray();
        return new
        {
            nproc = Run("nproc", ""),
            processorCount = Environment.ProcessorCount,
            cpu,
            memTotal = mem,
            os = RuntimeInformation.OSDescription,
            kernel = Run("uname", "-r"),
            runtime = RuntimeInformation.FrameworkDescription,
            dotnetHost = runtime,
            redis = Run("redis-server", "--version"),
            loadAverageAtStart = File.ReadAllText("/proc/loadavg").Trim(),
            gc = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
            openFilesLimit = Rlimit.Current(),
        };
    }

    /// <summary>Resident set size of a process in bytes (VmRSS).</summary>
    public static long Rss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
        }
        return 0;
    }

    /// <summary>The process whose command line contains <paramref name="text"/> (WebProcess does not expose its pid).</summary>
    public static int? FindPid(string text)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }
            try
            {
                var cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (cmd.Contains(text, StringComparison.Ordinal) && cmd.Contains("dotnet", StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return null;
    }

    public static int FindRedisPid(int port)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                try
                {
                    var cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                    if (cmd.Contains("redis-server", StringComparison.Ordinal) && cmd.Contains($":{port}", StringComparison.Ordinal) || cmd.Contains("redis-server", StringComparison.Ordinal) && cmd.Contains($"--port {port}", StringComparison.Ordinal))
                    {
                        return pid;
                    }
                }
                catch (IOException)
                {
                }
            }
        }
        return 0;
    }

    public static double CpuSeconds(int pid)
    {
        if (pid == 0)
        {
            return 0;
        }
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]); // utime + stime
        return ticks / 100.0;
    }
}

/// <summary>RLIMIT_NOFILE: 10,000 WebSockets need 10,000 descriptors on each side, more when both ends share a process.</summary>
public static partial class Rlimit
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Limit
    {
        public ulong Soft;
        public ulong Hard;
    }

    private const int NoFile = 7;

    [LibraryImport("libc", EntryPoint = "getrlimit")]
    private static partial int Get(int resource, out Limit limit);

    [LibraryImport("libc", EntryPoint = "setrlimit")]
    private static partial int Set(int resource, in Limit limit);

    public static string Current() => Get(NoFile, out var l) == 0 ? $"{l.Soft}/{l.Hard}" : "unknown";

    /// <summary>Raises soft (and, as root, hard) limits; children inherit them. Returns the resulting soft limit.</summary>
    public static ulong Raise(ulong wanted)
    {
        if (Get(NoFile, out var l) != 0)
        {
            return 0;
        }
        if (l.Hard < wanted)
        {
            var raised = new Limit { Soft = wanted, Hard = wanted };
            if (Set(NoFile, raised) == 0)
            {
                return wanted;
            }
        }
        var soft = new Limit { Soft = Math.Min(wanted, l.Hard), Hard = l.Hard };
        _ = Set(NoFile, soft);
        return Get(NoFile, out l) == 0 ? l.Soft : 0;
    }
}

public static class Log
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Say(string text)
    {
        var line = $"[{Clock.Elapsed:mm\\:ss}] {text}";
        Console.WriteLine(line);
        lock (Lines)
        {
            Lines.AppendLine(line);
        }
    }

    public static StringBuilder Lines { get; } = new();
}
