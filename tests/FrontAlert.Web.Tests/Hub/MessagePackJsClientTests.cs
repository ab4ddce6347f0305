using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>
/// The official JS client with <c>@microsoft/signalr-protocol-msgpack</c>, under Node, beside the same client on JSON:
/// every message the hub sends (replayed and live alerts, location updates, a reset) arrives with the same fields and
/// values, compared as the whole printed object, not a few fields.
/// </summary>
public sealed class MessagePackJsClientTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "FrontAlert.Web.Tests", "js");

    [Fact]
    public async Task A_MessagePack_JS_client_receives_what_a_JSON_JS_client_receives_field_for_field()
    {
        await NpmInstall();
        var world = new HubWorld(fixture.Server, "mpjs");
        await world.Create(towns: 2);
        await world.Strikes(0, 3, "stored");

        using var json = await Watcher.Start(fixture.Server.Address, world.Country, 0, "json");
        using var msgpack = await Watcher.Start(fixture.Server.Address, world.Country, 0, "msgpack");
        await world.Strikes(0, 2, "live");
        await world.Strikes(1, 1, "other");

        var logged = await world.Logged();
        Assert.Equal(6, logged.Count);
        var (overJson, overMessagePack) = (await json.Alerts(6), await msgpack.Alerts(6));
        Assert.Equal(logged.Select(a => a.Id), overJson.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(overJson.Select(a => a.GetRawText()), overMessagePack.Select(a => a.GetRawText()));

        // Location updates keep only the newest state per place, so compare where each connection ends up: both
        // towns with every strike counted.
        foreach (var (town, killed) in new[] { (world.Town(0), 1 + 2 + 3 + 1 + 2), (world.Town(1), 1) })
        {
            var (a, b) = (await json.Settled(town, killed), await msgpack.Settled(town, killed));
            Assert.Equal(a.GetRawText(), b.GetRawText());
        }

        // A cursor beyond the log's end: both are told where it really is.
        using var aheadJson = await Watcher.Start(fixture.Server.Address, world.Country, 1_000_000_000, "json");
        using var aheadMessagePack = await Watcher.Start(fixture.Server.Address, world.Country, 1_000_000_000, "msgpack");
        var (resetJson, resetMessagePack) = (await aheadJson.Reset(), await aheadMessagePack.Reset());
        Assert.Equal("ahead", resetJson.GetProperty("reason").GetString());
        Assert.Equal(resetJson.GetRawText(), resetMessagePack.GetRawText());
    }

    private static async Task NpmInstall()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@microsoft", "signalr-protocol-msgpack")))
        {
            return;
        }
        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Folder, UseShellExecute = false })!;
        await npm.WaitForExitAsync();
        Assert.True(npm.ExitCode == 0, "npm ci failed in " + Folder);
    }

    /// <summary><c>watch.mjs</c> under Node: each hub message as one JSON line, kept by its target.</summary>
    private sealed class Watcher : IDisposable
    {
        private readonly Process _node;
        private readonly ConcurrentQueue<JsonElement> _lines = new();

        private Watcher(Process node) => _node = node;

        public static async Task<Watcher> Start(Uri server, string scope, long afterSeq, string protocol)
        {
            var info = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
            foreach (var arg in new[] { "watch.mjs", server.ToString().TrimEnd('/'), scope, afterSeq.ToString(System.Globalization.CultureInfo.InvariantCulture), protocol })
            {
                info.ArgumentList.Add(arg);
            }
            var watcher = new Watcher(Process.Start(info)!);
            var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watcher._node.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { Length: > 0 } line)
                {
                    var json = JsonDocument.Parse(line).RootElement.Clone();
                    if (json.TryGetProperty("subscribed", out JsonElement _))
                    {
                        subscribed.TrySetResult();
                    }
                    watcher._lines.Enqueue(json);
                }
            };
            watcher._node.BeginOutputReadLine();
            await subscribed.Task.WaitAsync(Patience);
            return watcher;
        }

        private List<JsonElement> Of(string target) =>
            [.. _lines.Where(l => l.TryGetProperty(target, out JsonElement _)).Select(l => l.GetProperty(target))];

        public Task<List<JsonElement>> Alerts(int count) =>
            Eventually.Get(() => Task.FromResult(Of("alert")), a => a.Count >= count, Patience);

        public async Task<JsonElement> Reset() =>
            (await Eventually.Get(() => Task.FromResult(Of("reset")), r => r.Count > 0, Patience))[0];

        /// <summary>The newest update of <paramref name="town"/>, once it counts <paramref name="killed"/> dead in its strikes.</summary>
        public async Task<JsonElement> Settled(string town, long killed) =>
            (await Eventually.Get(
                () => Task.FromResult(Of("locationUpdated").LastOrDefault(u => u.GetProperty("locationId").GetString() == town)),
                u => u.ValueKind == JsonValueKind.Object && u.Toll("killed") == killed,
                Patience));

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
