using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// Redis on <c>appendfsync everysec</c> loses acknowledged alerts: its counter comes back lower and the next alerts
/// take seqs that subscribers already passed. The log starts a new epoch instead, and a subscribed .NET
/// <see cref="AlertStream"/> and the official JS client (under Node, as the web feed uses it) are told
/// (<c>reset</c>) and then get every new alert, none skipped as a "repeat" of a seq seen before.
/// </summary>
public sealed class LostAlertsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);
    private const string Scope = "sy-idlib";
    private const string Town = "sy-saraqib";

    [Fact]
    public Task Killed_right_after_a_burst_with_the_unsynced_writes_lost_clients_get_a_reset_then_every_new_alert() =>
        Lose(redis =>
        {
            var mark = redis.MarkAof();
            return () => redis.KillLosingWritesSince(mark);
        });

    [Fact]
    public Task Restored_from_an_older_AOF_copy_clients_get_a_reset_then_every_new_alert() =>
        Lose(redis =>
        {
            var copy = redis.CopyAof();
            return () => redis.KillAndRestoreAof(copy);
        });

    /// <summary><paramref name="checkpoint"/> runs after the first burst and returns how the second is lost.</summary>
    private static async Task Lose(Func<RedisServer, Func<Task>> checkpoint)
    {
        await using var redis = new DisposableRedis(new RedisServer("everysec"));
        await redis.Server.Start();
        await using var server = await FrontAlertServer.Start(redis.Server.ConnectionString);
        var anonymous = new FrontAlertClient(server.Anonymous);
        await new FrontAlertClient(server.Anonymous, Keys.Operator).PutRule(Given.StrikeRule("lost-strikes", Scope));
        var reporter = new FrontAlertClient(server.Anonymous, Keys.Reporter);

        await reporter.Strikes(Town, 5, "a");
        var kept = await Eventually.Get(() => anonymous.History(0, Scope), h => h.Count == 5, Patience);
        Assert.Equal(5, kept.Count);
        var lose = checkpoint(redis.Server);

        // Both clients follow from the start, and see the second burst live.
        var dotnet = new ConcurrentQueue<object>();
        using var stop = new CancellationTokenSource();
        var reading = Follow(server.Address, dotnet, stop.Token);
        using var node = await JsFollower.Start(server.Address, Scope);
        await reporter.Strikes(Town, 5, "b");
        await Eventually.Until(() => Task.FromResult(Math.Min(dotnet.Count, node.Lines.Count)), n => n >= 10, Patience);
        Assert.Equal(10, dotnet.Count);
        Assert.Equal(10, node.Lines.Count);

        await lose();
        await redis.Server.Start();

        var fresh = await PostUntilAccepted(reporter, "c", 5);
        var after = await Eventually.Get(() => Retry(() => anonymous.History(kept[^1].Seq, Scope)),
            h => fresh.All(id => h.Any(a => a.ReportIds.Contains(id))), Patience);
        Assert.All(fresh, id => Assert.Contains(after, a => a.ReportIds.Contains(id)));
        Assert.All(after, a => Assert.NotEqual(kept[0].Epoch, a.Epoch)); // a new epoch, where these seqs are the only ones

        // .NET: a reset to the seq the log came back with, then exactly the log's alerts after it.
        var net = await Eventually.Get(() => Task.FromResult(dotnet.ToList()), l => l.Count >= 11 + after.Count, Patience);
        var reset = Assert.IsType<StreamReset>(net[10]);
        Assert.Equal(("epoch", kept[^1].Seq, after[0].Epoch), (reset.Reason, reset.LastSeq, reset.Epoch));
        Assert.Equal(after.Select(a => a.Id), net.Skip(11).Cast<Alert>().Select(a => a.Id));

        // JS: the same.
        var js = await Eventually.Get(() => Task.FromResult(node.Lines.ToList()), l => l.Count >= 11 + after.Count, Patience);
        Assert.Equal("epoch", js[10].GetProperty("reset").GetString());
        Assert.Equal(kept[^1].Seq, js[10].GetProperty("lastSeq").GetInt64());
        Assert.Equal(after.Select(a => a.Id), js.Skip(11).Select(l => l.GetProperty("id").GetString()));

        await stop.CancelAsync();
        await reading;
    }

    /// <summary>Reads an alert stream into <paramref name="into"/>: alerts, and the resets its status reports, in order.</summary>
    private static async Task Follow(Uri server, ConcurrentQueue<object> into, CancellationToken stop)
    {
        var options = new AlertStreamOptions
        {
            ScopeIds = [Scope],
            AfterSeq = 0,
            OnStatus = s =>
            {
                if (s.Reset is { } reset)
                {
                    into.Enqueue(reset);
                }
            },
        };
        try
        {
            await foreach (var alert in new AlertStream(server).Read(options, stop))
            {
                into.Enqueue(alert);
            }
        }
        catch (OperationCanceledException)
        {
            // the test is over
        }
    }

    /// <summary>Right after Redis comes back, a place whose stored state went back in time may refuse once: post again, as a reporter would.</summary>
    private static async Task<List<string>> PostUntilAccepted(FrontAlertClient reporter, string prefix, int count)
    {
        var reports = Enumerable.Range(1, count).Select(i => Given.Strike($"{prefix}-{i}", Town)).ToList();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                var result = await reporter.PostReports(reports);
                if (result.Accepted + result.Duplicates == count)
                {
                    return [.. reports.Select(r => r.Id)];
                }
            }
            catch (Exception e) when (e is FrontAlertApiException or HttpRequestException && DateTime.UtcNow < deadline)
            {
                // Redis is still coming back
            }
            Assert.True(DateTime.UtcNow < deadline, "the reports were never accepted after Redis came back");
            await Task.Delay(200);
        }
    }

    private static async Task<List<Alert>> Retry(Func<Task<List<Alert>>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is FrontAlertApiException or HttpRequestException)
        {
            return [];
        }
    }

    private sealed class DisposableRedis(RedisServer server) : IAsyncDisposable
    {
        public RedisServer Server => server;

        public async ValueTask DisposeAsync() => await server.DisposeAsync();
    }

    /// <summary><c>follow.mjs</c> under Node: one JSON line per alert or reset.</summary>
    private sealed class JsFollower : IDisposable
    {
        private static readonly string Folder = Path.Combine(Repo.Root, "tests", "FrontAlert.Web.Tests", "js");
        private readonly Process _node;

        private JsFollower(Process node) => _node = node;

        public ConcurrentQueue<JsonElement> Lines { get; } = new();

        public static async Task<JsFollower> Start(Uri server, string scope)
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@microsoft", "signalr")))
            {
                using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Folder, UseShellExecute = false })!;
                await npm.WaitForExitAsync();
                Assert.Equal(0, npm.ExitCode);
            }
            var info = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
            foreach (var arg in new[] { "follow.mjs", server.ToString().TrimEnd('/'), scope, "0" })
            {
                info.ArgumentList.Add(arg);
            }
            var follower = new JsFollower(Process.Start(info)!);
            var subscribed = new TaskCompletionSource();
            follower._node.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { Length: > 0 } line)
                {
                    var json = JsonDocument.Parse(line).RootElement.Clone();
                    if (json.TryGetProperty("subscribed", out JsonElement _))
                    {
                        subscribed.TrySetResult();
                    }
                    else
                    {
                        follower.Lines.Enqueue(json);
                    }
                }
            };
            follower._node.BeginOutputReadLine();
            await subscribed.Task.WaitAsync(Patience);
            return follower;
        }

        public void Dispose()
        {
            if (!_node.HasExited)
            {
                _node.Kill(entireProcessTree: true);
                _node.WaitForExit();
            }
            _node.Dispose();
        }
    }
}
