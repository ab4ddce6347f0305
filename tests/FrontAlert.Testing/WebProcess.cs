using FrontAlert.Web;
using System.Diagnostics;

namespace FrontAlert.Testing;

/// <summary>
/// The built web host as a separate OS process (<c>dotnet FrontAlert.Web.dll</c>), so a test can SIGKILL it like a
/// crash and start it again on the same Redis.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private WebProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>A web node hosting its own silo (the default), or with <paramref name="hostSilo"/> false a client of the cluster.</summary>
    public static async Task<WebProcess> Start(string redis, int httpPort, int siloPort, int gatewayPort, string clusterId = "proc", bool hostSilo = true)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Repo.WebDll)!,
        };
        info.ArgumentList.Add(Repo.WebDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{httpPort}");
        info.Environment["ConnectionStrings__redis"] = redis;
        info.Environment["FrontAlert__SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["FrontAlert__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["FrontAlert__ClusterId"] = clusterId;
        info.Environment["FrontAlert__HostSilo"] = hostSilo ? "true" : "false";
        info.Environment[Roles.OperatorKeyVariable] = Keys.Operator;
        info.Environment[Roles.ReporterKeyVariable] = Keys.Reporter;
        var process = Process.Start(info)!;
        var web = new WebProcess(process, new Uri($"http://127.0.0.1:{httpPort}/api/v1/"));
        process.OutputDataReceived += (_, e) => web.Append(e.Data);
        process.ErrorDataReceived += (_, e) => web.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await web.WaitUntilReady();
        return web;
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return client;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGTERM: a graceful shutdown, as an orchestrator stops a node.</summary>
    public async Task Stop()
    {
        if (!_process.HasExited)
        {
            Posix.Terminate(_process.Id);
        }
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGKILL: no graceful shutdown, no flushing; whatever was acknowledged must already be durable.</summary>
    public async Task Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
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
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("the web host did not become ready:\n" + Output);
    }
}
