using System.Collections.Concurrent;
using System.Text.Json;
using FrontAlert.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace FrontAlert.Cluster.Tests;

public sealed class WebFailoverTests(ITestOutputHelper output)
{
    /// <summary>Alerts that show the stream is live on a node: about two seconds of the loop's pace.</summary>
    private const int Flowing = 100;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Subscribers_of_a_restarted_web_node_resume_on_another_with_no_gap_and_no_repeat()
    {
        await using var world = new ClusterWorld(output);
        await world.Start(silos: 2, webs: 2);
        using var reporter = world.Webs[1].Client(Keys.Reporter);
        var loop = new IngestLoop(reporter, "web", ClusterWorld.Places);
        var received = new ConcurrentQueue<(long Seq, string Id)>();

        loop.Start();
        var first = await Listen(world.Webs[0].Address, received, afterSeq: 0);
        await Received(received, Flowing);
        await world.Webs[0].Kill();
        await first.DisposeAsync();
        var resumeAt = received.IsEmpty ? 0 : received.Max(r => r.Seq);
        var second = await Listen(world.Webs[1].Address, received, resumeAt);
        await Received(received, received.Count + Flowing);
        await loop.Stop();

        // One more report once the loop is done: when its alert arrived, every earlier one (or a repeat) has too.
        using var reader = world.Webs[1].Client();
        (await reporter.PostAsync("reports", Json.Body(Json.Strike("web-sentinel", ClusterWorld.Places[0], 1)))).EnsureSuccessStatusCode();
        var logged = await Eventually.Get(async () => (await reader.GetJson("alerts?limit=1000")).EnumerateArray().Select(a => (a.GetProperty("seq").GetInt64(), a.GetProperty("id").GetString()!)).ToList(),
            l => l.Count == loop.Acked.Count + 1, Patience);
        Assert.Equal(loop.Acked.Count + 1, logged.Count);
        await Eventually.Until(() => Task.FromResult(received.Any(r => r.Id == logged[^1].Item2)), seen => seen, Patience);
        await second.DisposeAsync();
        output.WriteLine($"received {received.Count} alerts across the restart, {logged.Count} logged");
        Assert.Equal(logged, received.ToList());
    }

    /// <summary>Waits until the listeners together received <paramref name="count"/> alerts (or the deadline passed).</summary>
    private static Task<int> Received(ConcurrentQueue<(long, string)> received, int count) =>
        Eventually.Get(() => Task.FromResult(received.Count), n => n >= count, Patience);

    private static async Task<HubConnection> Listen(Uri api, ConcurrentQueue<(long, string)> received, long afterSeq)
    {
        var hub = new HubConnectionBuilder().WithUrl(new Uri(api, "/hubs/alerts")).Build();
        hub.On<JsonElement>("alert", a => received.Enqueue((a.GetProperty("seq").GetInt64(), a.GetProperty("id").GetString()!)));
        hub.On<JsonElement>("locationUpdated", _ => { });
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", new { scopeIds = Array.Empty<string>(), minSeverity = (string?)null, afterSeq });
        return hub;
    }
}
