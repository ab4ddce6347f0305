using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FrontAlert.Testing;

/// <summary>
/// A built FrontAlert host (<c>dotnet X.dll --urls …</c>) as an OS process with its own environment, ready once its
/// health URL answers; a test can SIGKILL it like a crash or SIGTERM it like an orchestrator.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private int _disposed;

    private HostProcess(Process process) => _process = process;

    public string Output { get { lock (_output) { return _output.ToString(); } } }
    public bool HasExited => _process.HasExited;

    public static async Task<HostProcess> Start(string dll, int httpPort, IReadOnlyDictionary<string, string> environment, string readyPath)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}" })
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var host = new HostProcess(Process.Start(info)!);
        host._process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        await host.WaitUntilReady(new Uri($"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}{readyPath}"));
        return host;
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

    /// <summary>SIGTERM: a graceful shutdown, as an orchestrator stops a node.</summary>
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
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
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

    private async Task WaitUntilReady(Uri ready)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(ready)).IsSuccessStatusCode)
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
        throw new InvalidOperationException($"{ready} did not become ready:\n{Output}");
    }
}
