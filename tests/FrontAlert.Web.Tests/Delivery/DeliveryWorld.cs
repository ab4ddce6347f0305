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

    public async Task<Subscribed> WebPush(string name, object? filters = null)
    {
        var keys = PushKeys.Generate();
        var path = $"push/{prefix}/{name}";
        var body = Merge(new { channel = "webpush", endpoint = Receiver.Url(path).ToString(), keys = keys.Json, scopeIds = new[] { Land } }, filters);
        var created = await Created(Server.Anonymous, body);
        return new Subscribed(created.Str("id")!, created.Str("token")!, path, keys, null);
    }

    public async Task<Subscribed> Webhook(string name, string format = "frontalert")
    {
        var secret = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var path = $"hook/{prefix}/{name}";
        var body = new { channel = "webhook", url = Receiver.Url(path).ToString(), secret, format, scopeIds = new[] { Land } };
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
            node[key] = value?.DeepClone();
        }
        return node;
    }
}
