using FrontAlert.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>
/// A Subscribe replays at most the configured bound and says where it started (<c>reset</c>, <c>truncated</c>); the
/// replay costs the connection's call budget, so subscribing from seq 0 over and over is refused.
/// </summary>
public sealed class ReplayBoundTests : IAsyncLifetime
{
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync() => _server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
    {
        ["FrontAlert:Hub:MaxReplay"] = "5",
        ["FrontAlert:Hub:ReplayPerCall"] = "1",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_replay_from_the_start_gives_the_newest_bound_after_a_truncated_reset_then_live_alerts()
    {
        var world = new HubWorld(_server, "bound");
        await world.Create(towns: 1);
        await world.Strikes(0, 12, "stored");
        var logged = await Eventually.Get(() => world.Logged(), l => l.Count == 12, TimeSpan.FromSeconds(20));
        var last = logged[^1].Seq;

        await using var listener = await world.Listen([world.Country], afterSeq: 0);
        await listener.WaitFor(5, TimeSpan.FromSeconds(20));
        await world.Strikes(0, 1, "live");
        await listener.WaitFor(6, TimeSpan.FromSeconds(20));

        var reset = Assert.Single(listener.Resets);
        Assert.Equal("truncated", reset.GetProperty("reason").GetString());
        Assert.Equal(last - 5, reset.GetProperty("lastSeq").GetInt64());
        Assert.False(string.IsNullOrEmpty(reset.GetProperty("epoch").GetString()));
        var all = await world.Logged();
        Assert.Equal(all.Skip(7).Select(a => a.Id), listener.Alerts.Select(a => a.Id));
    }

    [Fact]
    public async Task Subscribing_from_the_start_again_and_again_runs_out_of_the_connections_budget()
    {
        var world = new HubWorld(_server, "budget");
        await world.Create(towns: 1);
        await world.Strikes(0, 10, "stored");
        await Eventually.Until(() => world.Logged(), l => l.Count == 10, TimeSpan.FromSeconds(20));
        await using var listener = await world.Listen([world.Country], afterSeq: 0);

        // each costs 1 + 5 replayed: the burst of 20 covers three more at most
        var error = await Assert.ThrowsAsync<HubException>(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await listener.Connection.InvokeAsync("Subscribe", new { scopeIds = new[] { world.Country }, minSeverity = (string?)null, afterSeq = 0 });
            }
        });
        Assert.Contains("too many calls", error.Message, StringComparison.Ordinal);
    }
}
