using System.Text.Json;
using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Cluster.Tests;

/// <summary>
/// Delivery survives silos' deaths: the Subscription grains that lived on a SIGKILLed silo resume on another from
/// their stored cursors, so every alert reaches every Subscription; a repeat carries the same webhook-id or Topic.
/// </summary>
public sealed class DeliveryFailoverTests(ITestOutputHelper output)
{
    private const int Phones = 3;
    private const int Hooks = 3;

    /// <summary>Two of the eight towns the reports go to: a quarter of the alerts, so the check is not a throughput test.</summary>
    private static readonly string[] Scope = ["sy-saraqib", "sy-ariha"];

    [Fact]
    public async Task A_silo_SIGKILLed_while_alerts_flow_leaves_no_alert_undelivered_to_any_subscription()
    {
        await using var receiver = await LocalReceiver.Start();
        await using var world = new ClusterWorld(output);
        world.Settings["FrontAlert__Delivery__AllowPrivateEndpoints"] = "true";
        world.Settings["FrontAlert__Delivery__SweepSeconds"] = "1";
        world.Settings["FrontAlert__Delivery__FirstRetryMilliseconds"] = "200";
        world.Settings["FrontAlert__Delivery__MaxRetrySeconds"] = "2";
        world.Settings["FrontAlert__Delivery__MaxFailures"] = "1000";
        await world.Start(silos: 2, webs: 1);
        using var anonymous = world.Webs[0].Client();
        using var op = world.Webs[0].Client(Keys.Operator);
        var phones = new List<(string Path, PushKeys Keys)>();
        for (var i = 0; i < Phones; i++)
        {
            var keys = PushKeys.Generate();
            var path = $"push/phone-{i}";
            await Subscribe(anonymous, new { channel = "webpush", endpoint = receiver.Url(path).ToString(), keys = keys.Json, scopeIds = Scope, groupWaitSeconds = 0 });
            phones.Add((path, keys));
        }
        var hooks = new List<string>();
        for (var i = 0; i < Hooks; i++)
        {
            var path = $"hook/desk-{i}";
            var secret = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            await Subscribe(op, new { channel = "webhook", url = receiver.Url(path).ToString(), secret, format = i % 2 == 0 ? "frontalert" : "alertmanager", scopeIds = Scope, groupWaitSeconds = 0 });
            hooks.Add(path);
        }
        using var reporter = world.Webs[0].Client(Keys.Reporter);
        var loop = new IngestLoop(reporter, "deliver", ClusterWorld.Places);

        // Kill one silo, bring a fresh one, kill the other: every Subscription grain has then lived on a killed silo.
        // Each step waits for acknowledgements that show ingest flowing (again), not for a fixed time.
        var patience = TimeSpan.FromSeconds(60);
        loop.Start();
        await loop.AckedSince(TimeSpan.Zero, 100, patience);
        var firstKill = loop.Now;
        await world.Silos[0].Kill();
        await loop.AckedSince(firstKill, 100, patience);
        world.Silos.Add(await world.StartSilo());
        await loop.AckedSince(loop.Now, 100, patience);
        var secondKill = loop.Now;
        await world.Silos[1].Kill();
        await loop.AckedSince(secondKill, 100, patience);
        await loop.Stop();
        var stopped = System.Diagnostics.Stopwatch.StartNew();

        // Alerts are logged just after the acknowledgement: wait until every acknowledged strike's alert is there.
        var logged = await Eventually.Get(() => AllAlerts(anonymous), a => a.Count >= loop.Acked.Count, TimeSpan.FromSeconds(30));
        Assert.True(logged.Count > 50, $"only {logged.Count} alerts were raised");
        var expected = logged.Where(a => Scope.Contains(a.GetProperty("locationId").GetString())).Select(a => a.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var topicOf = logged.ToDictionary(a => a.GetProperty("id").GetString()!, a => PushTopic(a.GetProperty("locationId").GetString()!), StringComparer.Ordinal);

        foreach (var path in hooks)
        {
            var got = await Eventually.Get(() => Task.FromResult(receiver.For(path).Where(r => r.Status == 201).Select(r => r.Header("webhook-id")!).ToList()),
                ids => expected.IsSubsetOf(ids), TimeSpan.FromSeconds(120));
            Assert.True(expected.IsSubsetOf(got), $"{path} lacks {expected.Except(got).Count()} of {expected.Count}; {await States(op)}");
            Assert.Empty(got.Except(await LoggedIds(anonymous))); // every delivery is a logged alert, under its own id
            output.WriteLine($"{path}: {expected.Count} alerts, {got.Count - got.Distinct().Count()} repeated with the same webhook-id");
        }
        foreach (var (path, keys) in phones)
        {
            await Eventually.Until(() => Task.FromResult(receiver.For(path).Count(r => r.Status == 201)), n => n >= expected.Count, TimeSpan.FromSeconds(120));
            var pushes = receiver.For(path).Where(r => r.Status == 201).ToList();
            var ids = (await Ece.Decrypt([.. pushes.Select(p => (p.Body, keys))])).Select(t => JsonDocument.Parse(t).RootElement.GetProperty("id").GetString()!).ToList();
            Assert.True(expected.IsSubsetOf(ids), $"{path} lacks {expected.Except(ids).Count()} of {expected.Count}; {await States(op)}");
            Assert.Empty(ids.Except(await LoggedIds(anonymous)));
            // A repeat is the same alert under the same Topic, so the push service replaces rather than adds.
            Assert.All(pushes.Zip(ids), p => Assert.Equal(topicOf.GetValueOrDefault(p.Second) ?? "late", p.First.Header("Topic")));
            output.WriteLine($"{path}: {expected.Count} alerts, {ids.Count - ids.Distinct().Count()} repeated with the same Topic");
        }
        output.WriteLine($"every Subscription had every alert {stopped.Elapsed.TotalSeconds:F1} s after the reports stopped");
    }

    /// <summary>The Location ids here are short and url-safe, so the Topic is the id itself.</summary>
    private static string PushTopic(string locationId) => locationId;

    private static async Task Subscribe(HttpClient client, object body)
    {
        var response = await client.PostAsync("subscriptions", Json.Body(body));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Each Subscription's delivery state, for a failure message.</summary>
    private static async Task<string> States(HttpClient op) =>
        string.Join("; ", (await op.GetJson("subscriptions")).EnumerateArray().Select(s => $"{s.GetProperty("endpoint").GetString() ?? s.GetProperty("url").GetString()}: {s.GetProperty("status")} {s.GetProperty("delivery")}"));

    private static async Task<HashSet<string>> LoggedIds(HttpClient client) =>
        (await AllAlerts(client)).Select(a => a.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static async Task<List<JsonElement>> AllAlerts(HttpClient client)
    {
        var alerts = new List<JsonElement>();
        for (long after = 0; ;)
        {
            var page = (await client.GetJson($"alerts?after={after}&limit=1000")).EnumerateArray().ToList();
            if (page.Count == 0)
            {
                return alerts;
            }
            alerts.AddRange(page);
            after = page[^1].GetProperty("seq").GetInt64();
        }
    }
}
