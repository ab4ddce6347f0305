using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using FrontAlert.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>
/// A fresh country with towns and a strike rule on it, on a shared server, so a hub test sees only its own alerts;
/// and real SignalR clients that record what they receive.
/// </summary>
public sealed class HubWorld(FrontAlertServer server, string tag)
{
    public string Country => $"{tag}-land";
    public string Town(int i) => $"{tag}-town-{i}";

    public async Task Create(int towns)
    {
        await Put($"locations/{Country}", new { name = $"{tag} land", kind = "country", lat = 35.0, lon = 38.0 });
        for (var i = 0; i < towns; i++)
        {
            await Put($"locations/{Town(i)}", new { name = $"{tag} town {i}", kind = "town", parentId = Country, lat = 35.0 + i / 100.0, lon = 38.0 });
        }
        await Put($"rules/{tag}-strikes", new { kind = "strike", scopeId = Country, minKilled = 1, severity = "warning" });
    }

    /// <summary>Posts <paramref name="count"/> strikes (one alert each) to a town, in one batch.</summary>
    public async Task Strikes(int town, int count, string prefix)
    {
        var batch = Enumerable.Range(0, count).Select(i => Json.Strike($"{tag}-{prefix}-{i}", Town(town), 1 + i % 3)).ToArray();
        var response = await server.Reporter.PostAsync("reports", Json.Body(batch));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The alerts of this world as the durable log has them, in seq order.</summary>
    public async Task<List<(long Seq, string Id, string Location)>> Logged(string? scope = null)
    {
        var all = new List<(long, string, string)>();
        for (long after = 0; ;)
        {
            var page = (await server.Anonymous.GetJson($"alerts?scopeId={scope ?? Country}&after={after}&limit=1000")).EnumerateArray().ToList();
            if (page.Count == 0)
            {
                return all;
            }
            all.AddRange(page.Select(a => (a.GetProperty("seq").GetInt64(), a.GetProperty("id").GetString()!, a.GetProperty("locationId").GetString()!)));
            after = all[^1].Item1;
        }
    }

    /// <summary>
    /// Posts one strike per town (one alert each, seqs above everything logged so far) and returns this world's log once
    /// they are in it. A listener that received the last of these in its scope has received everything the server was
    /// going to send it before them, in seq order, so a "no gap, no repeat" check made then can fail.
    /// </summary>
    public async Task<List<(long Seq, string Id, string Location)>> Sentinels(int towns)
    {
        var before = (await Logged()).Count;
        for (var town = 0; town < towns; town++)
        {
            await Strikes(town, 1, $"sentinel-{before}-{town}");
        }
        return await Eventually.Get(() => Logged(), all => all.Count >= before + towns);
    }

    public async Task<Listener> Listen(string[] scopes, long afterSeq = 0)
    {
        var listener = new Listener(new HubConnectionBuilder().WithUrl(new Uri(server.Address, "/hubs/alerts")).Build());
        await listener.Start(scopes, afterSeq);
        return listener;
    }

    private async Task Put(string path, object body) => (await server.Operator.PutAsync(path, Json.Body(body))).EnsureSuccessStatusCode();

    public sealed class Listener(HubConnection connection) : IAsyncDisposable
    {
        public ConcurrentQueue<(long Seq, string Id, string Location)> Alerts { get; } = new();
        public ConcurrentQueue<JsonElement> Resets { get; } = new();
        public HubConnection Connection => connection;

        public async Task Start(string[] scopes, long afterSeq)
        {
            connection.On<JsonElement>("alert", a => Alerts.Enqueue((a.GetProperty("seq").GetInt64(), a.GetProperty("id").GetString()!, a.GetProperty("locationId").GetString()!)));
            connection.On<JsonElement>("locationUpdated", _ => { });
            connection.On<JsonElement>("reset", r => Resets.Enqueue(r));
            await connection.StartAsync();
            await connection.InvokeAsync("Subscribe", new { scopeIds = scopes, minSeverity = (string?)null, afterSeq });
        }

        public Task<int> WaitFor(int count, TimeSpan? within = null) => Eventually.Get(() => Task.FromResult(Alerts.Count), n => n >= count, within);

        /// <summary>Waits until the alert with this id arrived (or the deadline passed: the caller's assertion then fails).</summary>
        public Task<bool> WaitForId(string id, TimeSpan? within = null) =>
            Eventually.Get(() => Task.FromResult(Alerts.Any(a => a.Id == id)), seen => seen, within ?? TimeSpan.FromSeconds(20));

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
