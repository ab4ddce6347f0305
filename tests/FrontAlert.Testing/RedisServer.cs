using System.Diagnostics;
using StackExchange.Redis;
using Xunit;

namespace FrontAlert.Testing;

/// <summary>
/// A real redis-server from Debian's package on a free loopback port, with its own data directory and AOF
/// (<c>appendfsync always</c> by default), that a test can stop, kill and start again on the same data.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontalert-redis-").FullName;
    private Process? _process;

    public RedisServer() : this("always") { }

    public RedisServer(string appendFsync) => AppendFsync = appendFsync;

    public string AppendFsync { get; }
    public int Port { get; } = FreePort.Next();
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public async Task InitializeAsync() => await Start();

    public async Task Start()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: run the README's test command, which installs it (apt-get install redis-server)");
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _dir,
                     "--appendonly", "yes", "--appendfsync", AppendFsync, "--save", "", "--protected-mode", "no" })
        {
            info.ArgumentList.Add(arg);
        }
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReady();
    }

    /// <summary>SIGKILL: no shutdown save, exactly what a crash does.</summary>
    public async Task Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process = null;
    }

    public async Task Restart()
    {
        await Kill();
        await Start();
    }

    private string AofDir => Path.Combine(_dir, "appendonlydir");

    /// <summary>The AOF files' lengths now: what an fsync at this moment would have put on disk.</summary>
    public IReadOnlyDictionary<string, long> MarkAof() =>
        Directory.GetFiles(AofDir).ToDictionary(f => Path.GetFileName(f), f => new FileInfo(f).Length);

    /// <summary>
    /// SIGKILL, then cut the AOF back to <paramref name="mark"/>: what a machine crash does to <c>appendfsync everysec</c>
    /// (up to a second of acknowledged writes was in the page cache only). A SIGKILL alone loses nothing, the kernel
    /// still writes the page cache out, so the cut stands in for the power going.
    /// </summary>
    public async Task KillLosingWritesSince(IReadOnlyDictionary<string, long> mark)
    {
        await Kill();
        foreach (var file in Directory.GetFiles(AofDir))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".manifest", StringComparison.Ordinal))
            {
                continue;
            }
            if (mark.TryGetValue(name, out var length))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
                stream.SetLength(length);
            }
        }
    }

    /// <summary>A copy of the AOF as it is now, as a backup would take it.</summary>
    public string CopyAof()
    {
        var copy = Directory.CreateTempSubdirectory("frontalert-aof-").FullName;
        foreach (var file in Directory.GetFiles(AofDir))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }

    /// <summary>Stops Redis and puts an older AOF copy in place of its data, as restoring a backup does.</summary>
    public async Task KillAndRestoreAof(string copy)
    {
        await Kill();
        Directory.Delete(AofDir, recursive: true);
        Directory.CreateDirectory(AofDir);
        foreach (var file in Directory.GetFiles(copy))
        {
            File.Copy(file, Path.Combine(AofDir, Path.GetFileName(file)));
        }
        Directory.Delete(copy, recursive: true);
    }

    public async Task<IConnectionMultiplexer> Connect() => await ConnectionMultiplexer.ConnectAsync(ConnectionString);

    public async Task DisposeAsync()
    {
        await Kill();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp directory is harmless
        }
    }

    private async Task WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                await using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},connectTimeout=500");
                await redis.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
