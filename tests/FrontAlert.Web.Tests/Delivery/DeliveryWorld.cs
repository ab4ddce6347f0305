using System.Net;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>
/// One test's own corner of the server: a country with a town, a strike rule over it, and Subscriptions whose
/// receivers are paths of the local receiver named after the test, so tests never see each other's deliveries.
/// </summary>
public sealed class DeliveryWorld(DeliveryServer fixture, string prefix)
{
    public FrontAlertServer Server => fixture.Server;
    public LocalReceiver Receiver => fixture.Receiver;
    public string Land => $"{prefix}-land";
    public string Town => $"{prefix}-town";

    public sealed record Subscribed(string Id, string Token, string Path, PushKeys? Keys, string? Secret);

    public async Task Create(string severity = "critical")
    {
        await Server.Place(Land, "country", null);
        await Server.Place($"{prefix}-gov", "governorate", Land);
        await Server.Place(Town, "town", $"{prefix}-gov");
        var rule = await Server.Operator.PutAsync($"rules/{prefix}-strikes", Json.Body(new { kind = "strike", scopeId = Land, minKilled = 1, severity }));
        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
    }

    /// <summary>A Web Push Subscription; each alert is its own push unless <paramref name="filters"/> set grouping.</summary>
    public async Task<Subscribed> WebPush(string name, object? filters = null)
    {
        var keys = PushKeys.Generate();
        var path = $"push/{prefix}/{name}";
        var body = Merge(new { channel = "webpush", endpoint = Receiver.Url(path).ToString(), keys = keys.Json, scopeIds = new[] { Land }, groupWaitSeconds = 0 }, filters);
        var created = await Created(Server.Anonymous, body);
        return new Subscribed(created.Str("id")!, created.Str("token")!, path, keys, null);
    }

    /// <summary>A webhook Subscription; each alert is its own call unless <paramref name="more"/> sets grouping.</summary>
    public async Task<Subscribed> Webhook(string name, string format = "frontalert", object? more = null)
    {
        var secret = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var path = $"hook/{prefix}/{name}";
        var body = Merge(new { channel = "webhook", url = Receiver.Url(path).ToString(), secret, format, scopeIds = new[] { Land }, groupWaitSeconds = 0 }, more);
        var created = await Created(Server.Operator, body);
        return new Subscribed(created.Str("id")!, created.Str("token")!, path, null, secret);
    }

    public string OtherSecret() => "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Raises one critical alert through the public API: a strike report at the town.</summary>
    public async Task<JsonElement> Strike(string reportId, int killed = 3)
    {
        var before = await Server.Anonymous.LastSeq();
        await Server.Ingest(Json.Strike(reportId, Town, killed));
        var alerts = await Server.Anonymous.Alerts($"?after={before}&scopeId={Land}", atLeast: 1);
        return alerts.Single(a => a.GetProperty("reportIds")[0].GetString() == reportId);
    }

    /// <summary>
    /// <paramref name="count"/> towns in the test's governorate, held by the army (established before any control rule
    /// exists, so holding raises nothing), and a critical control-change rule over the land; returns the towns.
    /// </summary>
    public async Task<IReadOnlyList<string>> HeldTowns(int count)
    {
        var towns = Enumerable.Range(1, count).Select(n => $"{prefix}-t{n}").ToList();
        foreach (var town in towns)
        {
            await Server.Place(town, "town", $"{prefix}-gov");
        }
        await Server.Ingest([.. towns.Select(t => Json.Control($"{t}-held", t, "saa", "sohr", "2024-11-30T06:00:00Z", status: "holds"))]);
        var rule = await Server.Operator.PutAsync($"rules/{prefix}-taken", Json.Body(new { kind = "control-change", scopeId = Land, severity = "critical" }));
        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        return towns;
    }

    /// <summary>HTS takes the towns, confirmed by a monitor; returns the control-change alerts once they are all logged.</summary>
    public async Task<IReadOnlyList<JsonElement>> Captured(IEnumerable<string> towns, string at = "2024-11-30T10:00:00Z")
    {
        var taken = towns.ToList();
        var before = await Server.Anonymous.LastSeq();
        await Server.Ingest([.. taken.Select(t => Json.Control($"{t}-taken-{at}", t, "hts", "sohr", at))]);
        var alerts = await Server.Anonymous.Alerts($"?after={before}&scopeId={Land}", atLeast: taken.Count);
        return [.. alerts.Where(a => a.Str("ruleId") == $"{prefix}-taken")];
    }

    /// <summary>Waits until the receiver has at least <paramref name="count"/> requests on the path.</summary>
    public Task<IReadOnlyList<LocalReceiver.Received>> Received(string path, int count, int seconds = 20) =>
        Eventually.Get(() => Task.FromResult(Receiver.For(path)), r => r.Count >= count, TimeSpan.FromSeconds(seconds));

    public async Task<HttpResponseMessage> Get(Subscribed s, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"subscriptions/{s.Id}");
        request.Headers.Add("X-Subscription-Token", token ?? s.Token);
        return await Server.Anonymous.SendAsync(request);
    }

    public static async Task<IReadOnlyList<JsonElement>> Decrypt(IEnumerable<LocalReceiver.Received> pushes, PushKeys keys) =>
        [.. (await Ece.Decrypt([.. pushes.Select(p => (p.Body, keys))])).Select(text => JsonDocument.Parse(text).RootElement.Clone())];

    private static async Task<JsonElement> Created(HttpClient client, object body)
    {
        var response = await client.PostAsync("subscriptions", Json.Body(body));
        var json = await response.Read();
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return json;
    }

    private static object Merge(object body, object? more)
    {
        if (more is null)
        {
            return body;
        }
        var node = JsonSerializer.SerializeToNode(body)!.AsObject();
        foreach (var (key, value) in JsonSerializer.SerializeToNode(more)!.AsObject())
        {
            if (value is null)
            {
                node.Remove(key); // null: leave the field out, so the server's default applies
            }
            else
            {
                node[key] = value.DeepClone();
            }
        }
        return node;
    }
}
