using System.Diagnostics;
using System.Text;

namespace FrontAlert.Testing;

/// <summary>A standalone silo (<c>dotnet FrontAlert.Silo.dll</c>) of a Redis cluster, to kill or stop like a real node.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, int httpPort)
    {
        _process = process;
        HttpPort = httpPort;
    }

    public int HttpPort { get; }
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public static string Dll => Path.Combine(Repo.Root, "silo", "FrontAlert.Silo", "bin", Repo.Configuration, "net10.0", "FrontAlert.Silo.dll");

    public static async Task<SiloProcess> Start(string redis, string clusterId, int siloPort, int gatewayPort)
    {
        var httpPort = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
        };
        foreach (var arg in new[] { Dll, "--urls", $"http://127.0.0.1:{httpPort}" })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ConnectionStrings__redis"] = redis;
        info.Environment["FrontAlert__ClusterId"] = clusterId;
        info.Environment["FrontAlert__SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["FrontAlert__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(info)!;
        var silo = new SiloProcess(process, httpPort);
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await silo.WaitUntilReady();
        return silo;
    }

    public async Task Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async Task Stop()
    {
        if (!_process.HasExited)
        {
            Posix.Terminate(_process.Id);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReady()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{HttpPort}/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("the silo did not become ready:\n" + Output);
    }
}
