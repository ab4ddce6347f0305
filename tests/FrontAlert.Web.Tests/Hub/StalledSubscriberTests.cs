using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using FrontAlert.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FrontAlert.Web.Tests.Hub;

public sealed class StalledSubscriberTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    [Fact]
    public async Task A_stalled_subscriber_does_not_slow_the_others_and_is_closed_when_it_overflows()
    {
        var world = new HubWorld(fixture.Server, "stall");
        await world.Create(towns: 1);
        using var stalled = await StalledConnection();
        await using var healthy = await world.Listen([world.Country]);
        var subscribers = fixture.Server.Services.GetRequiredService<Subscribers>();
        Assert.Equal(2, subscribers.Count);

        // Past the capacity, and on until the stalled one is closed: how many alerts the stalled socket's kernel and
        // pipe buffers absorb before its queue grows depends on the machine's load.
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (sent <= Subscriber.Capacity || (subscribers.Count == 2 && sent < 3 * Subscriber.Capacity))
        {
            await world.Strikes(0, 2_000, $"flood-{sent}");
            sent += 2_000;
        }
        var received = await healthy.WaitFor(sent, TimeSpan.FromSeconds(60));

        Assert.Equal(sent, received);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"the healthy subscriber took {clock.Elapsed}");
        Assert.Equal(1, await Eventually.Get(() => Task.FromResult(subscribers.Count), n => n == 1));
    }

    /// <summary>A SignalR JSON client by hand that subscribes to everything and then never reads its socket.</summary>
    private async Task<ClientWebSocket> StalledConnection()
    {
        var negotiate = await fixture.Server.Anonymous.PostAsync(new Uri(fixture.Server.Address, "/hubs/alerts/negotiate?negotiateVersion=1"), null);
        var token = (await negotiate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();
        var socket = new ClientWebSocket();
        socket.Options.SetBuffer(1024, 1024);
        var uri = new UriBuilder(fixture.Server.Address) { Scheme = "ws", Path = "/hubs/alerts", Query = $"id={token}" }.Uri;
        await socket.ConnectAsync(uri, CancellationToken.None);
        await Send(socket, """{"protocol":"json","version":1}""");
        await socket.ReceiveAsync(new byte[256], CancellationToken.None); // the handshake answer
        await Send(socket, """{"type":1,"target":"Subscribe","arguments":[{"scopeIds":[],"minSeverity":null,"afterSeq":0}]}""");
        return socket;
    }

    private static Task Send(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + "\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);
}
