using System.Diagnostics;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>The official <c>@microsoft/signalr</c> package from npm, run by Node, unmodified, against the hub.</summary>
public sealed class JsClientTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "FrontAlert.Web.Tests", "js");

    [Fact]
    public async Task The_official_JS_client_replays_then_receives_live_alerts_and_sees_hub_errors()
    {
        await NpmInstall();
        var world = new HubWorld(fixture.Server, "js");
        await world.Create(towns: 2);
        await world.Strikes(0, 3, "stored");

        using var node = Start("node", "subscribe.mjs", fixture.Server.Address.ToString().TrimEnd('/'), world.Town(0), "5", "0");
        var lines = new List<JsonElement>();
        var subscribed = new TaskCompletionSource();
        node.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                var json = JsonDocument.Parse(line).RootElement.Clone();
                lock (lines)
                {
                    lines.Add(json);
                }
                if (json.TryGetProperty("subscribed", out JsonElement _))
                {
                    subscribed.TrySetResult();
                }
            }
        };
        node.BeginOutputReadLine();
        await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await world.Strikes(1, 2, "other-town");
        await world.Strikes(0, 2, "live");
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, node.ExitCode);
        var expected = (await world.Logged(world.Town(0))).Select(a => a.Id).ToList();
        List<JsonElement> got;
        lock (lines)
        {
            got = [.. lines];
        }
        Assert.Contains("unknown location 'atlantis'", got[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(expected, got.Where(l => l.TryGetProperty("seq", out JsonElement _)).Select(l => l.GetProperty("id").GetString()!).ToList());
    }

    private static async Task NpmInstall()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@microsoft", "signalr")))
        {
            return;
        }
        using var npm = Start("npm", "ci", "--no-audit", "--no-fund");
        await npm.WaitForExitAsync();
        Assert.True(npm.ExitCode == 0, "npm ci failed in " + Folder);
    }

    private static Process Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info)!;
    }
}
