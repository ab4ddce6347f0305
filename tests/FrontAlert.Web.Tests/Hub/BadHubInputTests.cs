using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace FrontAlert.Web.Tests.Hub;

public sealed class BadHubInputTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    [Fact]
    public async Task Bad_subscriptions_get_clear_errors_and_the_connection_stays_usable()
    {
        var world = new HubWorld(fixture.Server, "bad");
        await world.Create(towns: 1);
        await using var listener = await world.Listen([world.Country]);
        var hub = listener.Connection;

        var unknown = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", new { scopeIds = new[] { "atlantis" }, afterSeq = 0 }));
        var tooMany = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", new { scopeIds = Enumerable.Range(0, 1001).Select(i => $"x{i}").ToArray(), afterSeq = 0 }));
        var negative = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", new { scopeIds = new[] { world.Country }, afterSeq = -1 }));
        var severity = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", new { scopeIds = new[] { world.Country }, minSeverity = "loud", afterSeq = 0 }));

        Assert.Contains("unknown location 'atlantis'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1000", tooMany.Message, StringComparison.Ordinal);
        Assert.Contains("afterSeq", negative.Message, StringComparison.Ordinal);
        Assert.Contains("minSeverity", severity.Message, StringComparison.Ordinal);

        await world.Strikes(0, 3, "after-errors");
        Assert.Equal(3, await listener.WaitFor(3));
    }

    [Fact]
    public async Task A_flood_of_calls_is_refused_without_breaking_the_connection()
    {
        var world = new HubWorld(fixture.Server, "flood");
        await world.Create(towns: 1);
        await using var listener = await world.Listen([world.Country]);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 60).Select(async _ =>
        {
            try
            {
                await listener.Connection.InvokeAsync("Unsubscribe", new { scopeIds = new[] { "nowhere" } });
                return "ok";
            }
            catch (HubException e)
            {
                return e.Message;
            }
        }));

        Assert.Contains(outcomes, o => o.Contains("too many calls", StringComparison.Ordinal));
        await world.Strikes(0, 2, "after-flood");
        Assert.Equal(2, await listener.WaitFor(2));
    }
}
