using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontAlert.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>
/// A replayed alert is written from the log's stored JSON without being parsed; over JSON a client must not be able
/// to tell: it is the same message, byte for byte, as the same alert sent live, and the same alert as
/// <c>GET /alerts</c> shows it (seq and epoch included), for a subscription to everything, to a town and to
/// everything above a severity. On a durable server, so the replay reads the Redis Stream's entries.
/// </summary>
public sealed class ReplayWireTests(DurableServer fixture) : IClassFixture<DurableServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_replayed_alert_is_the_live_alert_byte_for_byte_and_the_alert_GET_alerts_returns()
    {
        var world = new HubWorld(fixture.Server, "wire");
        await world.Create(towns: 2);
        // a second rule, critical from two killed, so a severity filter keeps some alerts and drops others
        (await fixture.Server.Operator.PutAsync("rules/wire-critical", Json.Body(new { kind = "strike", scopeId = world.Country, minKilled = 2, severity = "critical" }))).EnsureSuccessStatusCode();
        Filter[] filters = [new([], null), new([world.Town(0)], null), new([], "critical")];

        var live = await Task.WhenAll(filters.Select(f => Recorder.Start(fixture.Server.Address, f, afterSeq: 0)));
        await world.Strikes(0, 4, "a");
        await world.Strikes(1, 3, "b");
        var logged = await Eventually.Get(() => Alerts(world.Country), a => a.Count == 7 + 4, Patience);
        int[] expected = [11, 6, 4]; // every alert; town 0's 4 + 2 critical; the 4 critical (killed 2 or 3)
        for (var i = 0; i < filters.Length; i++)
        {
            await live[i].WaitFor(expected[i]);
        }

        var replayed = await Task.WhenAll(filters.Select(f => Recorder.Start(fixture.Server.Address, f, afterSeq: 0)));
        // one more alert for every filter, live to all six: once it arrived, any repeat or gap before it has shown
        // (three killed in town 0: a warning and a critical alert)
        (await fixture.Server.Reporter.PostAsync("reports", Json.Body(new[] { Json.Strike("wire-sentinel", world.Town(0), 3) }))).EnsureSuccessStatusCode();
        int[] total = [13, 8, 5];
        foreach (var (recorder, count) in live.Concat(replayed).Zip(total.Concat(total)))
        {
            await recorder.WaitFor(count);
        }

        var byId = (await Alerts(world.Country)).ToDictionary(a => a["id"]!.GetValue<string>());
        for (var i = 0; i < filters.Length; i++)
        {
            var (overLive, overReplay) = (live[i].Alerts.ToList(), replayed[i].Alerts.ToList());
            Assert.Equal(total[i], overReplay.Count);
            Assert.Equal(overLive, overReplay);
            foreach (var raw in overReplay)
            {
                var alert = JsonNode.Parse(raw)!;
                Assert.True(JsonNode.DeepEquals(byId[alert["id"]!.GetValue<string>()], alert), $"hub: {raw}");
                Assert.False(string.IsNullOrEmpty(alert["epoch"]?.GetValue<string>()));
            }
        }
        Assert.Equal(logged.Select(a => a["seq"]!.GetValue<long>()), replayed[0].Alerts.Take(11).Select(a => JsonNode.Parse(a)!["seq"]!.GetValue<long>()));
        foreach (var recorder in live.Concat(replayed))
        {
            await recorder.DisposeAsync();
        }
    }

    private async Task<List<JsonNode>> Alerts(string scope) =>
        [.. JsonNode.Parse((await fixture.Server.Anonymous.GetJson($"alerts?scopeId={scope}&after=0&limit=1000")).GetRawText())!.AsArray().Select(a => a!)];

    private sealed record Filter(string[] ScopeIds, string? MinSeverity);

    /// <summary>A .NET SignalR client on JSON that keeps each alert's payload exactly as it arrived.</summary>
    private sealed class Recorder(HubConnection connection) : IAsyncDisposable
    {
        public ConcurrentQueue<string> Alerts { get; } = new();

        public static async Task<Recorder> Start(Uri server, Filter filter, long afterSeq)
        {
            var recorder = new Recorder(new HubConnectionBuilder().WithUrl(new Uri(server, "/hubs/alerts")).Build());
            recorder.Connection.On<JsonElement>("alert", a => recorder.Alerts.Enqueue(a.GetRawText()));
            recorder.Connection.On<JsonElement>("locationUpdated", _ => { });
            await recorder.Connection.StartAsync();
            await recorder.Connection.InvokeAsync("Subscribe", new { scopeIds = filter.ScopeIds, minSeverity = filter.MinSeverity, afterSeq });
            return recorder;
        }

        private HubConnection Connection => connection;

        public Task<int> WaitFor(int count) => Eventually.Get(() => Task.FromResult(Alerts.Count), n => n >= count, Patience);

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
