using System.Text.Json;
using System.Text.Json.Serialization;
using FrontAlert.Testing;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>Webhooks: every alert arrives, signed so the Standard Webhooks verifier accepts it, in either format.</summary>
public sealed class WebhookTests(DeliveryServer fixture) : IClassFixture<DeliveryServer>
{
    [Fact]
    public async Task Every_alert_arrives_signed_the_Standard_Webhooks_way_with_the_alert_id_as_webhook_id()
    {
        var world = new DeliveryWorld(fixture, "wh-sign");
        await world.Create();
        var hook = await world.Webhook("desk");

        var alerts = new List<JsonElement>();
        foreach (var n in new[] { 1, 2, 3 })
        {
            alerts.Add(await world.Strike($"wh-sign-r{n}"));
        }

        var received = await world.Received(hook.Path, 3);
        var verifier = new StandardWebhook(hook.Secret!);
        foreach (var request in received)
        {
            verifier.Verify(request.Text, request.Headers); // throws WebhookVerificationException on a bad signature
            Assert.Equal(JsonDocument.Parse(request.Text).RootElement.Str("id"), request.Header("webhook-id"));
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        }
        Assert.Equal(alerts.Select(a => a.Str("id")), received.Select(r => JsonDocument.Parse(r.Text).RootElement.Str("id")));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(world.OtherSecret()).Verify(received[0].Text, received[0].Headers));
    }

    [Fact]
    public async Task A_retried_webhook_carries_the_same_webhook_id_and_a_fresh_valid_signature()
    {
        var world = new DeliveryWorld(fixture, "wh-retry");
        await world.Create();
        var hook = await world.Webhook("desk");
        world.Receiver.Answer(hook.Path, 503, 502);

        var alert = await world.Strike("wh-retry-r1");

        var received = await world.Received(hook.Path, 3);
        Assert.Equal([503, 502, 201], received.Select(r => r.Status));
        Assert.All(received, r => Assert.Equal(alert.Str("id"), r.Header("webhook-id")));
        Assert.All(received, r => new StandardWebhook(hook.Secret!).Verify(r.Text, r.Headers));
    }

    [Fact]
    public async Task The_alertmanager_format_parses_as_Alertmanager_webhook_payload_version_4()
    {
        var world = new DeliveryWorld(fixture, "wh-am");
        await world.Create();
        var hook = await world.Webhook("bridge", format: "alertmanager");

        var alert = await world.Strike("wh-am-r1", killed: 7);

        var request = Assert.Single(await world.Received(hook.Path, 1));
        new StandardWebhook(hook.Secret!).Verify(request.Text, request.Headers);
        var message = JsonSerializer.Deserialize<AlertmanagerMessage>(request.Text, Strict)!;
        Assert.Equal("4", message.Version);
        Assert.Equal("firing", message.Status);
        Assert.False(string.IsNullOrEmpty(message.Receiver));
        Assert.False(string.IsNullOrEmpty(message.GroupKey));
        var one = Assert.Single(message.Alerts);
        Assert.Equal("firing", one.Status);
        Assert.Equal(alert.Str("ruleId"), one.Labels["alertname"]);
        Assert.Equal("critical", one.Labels["severity"]);
        Assert.Equal(world.Town, one.Labels["locationId"]);
        Assert.Equal(alert.Str("title"), one.Annotations["summary"]);
        Assert.Equal(alert.GetProperty("observedAt").GetDateTimeOffset(), one.StartsAt);
        Assert.Matches("^[0-9a-f]{16}$", one.Fingerprint);
        Assert.Equal(alert.Str("id"), request.Header("webhook-id"));
    }

    /// <summary>Unknown members refused and required ones enforced, so the body must be Alertmanager's shape, not merely JSON.</summary>
    private static readonly JsonSerializerOptions Strict = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Alertmanager's webhook message (template.Data plus version, groupKey, truncatedAlerts), as its docs define it.</summary>
    private sealed record AlertmanagerMessage(
        [property: JsonPropertyName("version")] string Version,
        [property: JsonPropertyName("groupKey")] string GroupKey,
        [property: JsonPropertyName("truncatedAlerts")] int TruncatedAlerts,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("receiver")] string Receiver,
        [property: JsonPropertyName("groupLabels")] Dictionary<string, string> GroupLabels,
        [property: JsonPropertyName("commonLabels")] Dictionary<string, string> CommonLabels,
        [property: JsonPropertyName("commonAnnotations")] Dictionary<string, string> CommonAnnotations,
        [property: JsonPropertyName("externalURL")] string ExternalUrl,
        [property: JsonPropertyName("alerts")] List<AlertmanagerAlert> Alerts);

    private sealed record AlertmanagerAlert(
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("labels")] Dictionary<string, string> Labels,
        [property: JsonPropertyName("annotations")] Dictionary<string, string> Annotations,
        [property: JsonPropertyName("startsAt")] DateTimeOffset StartsAt,
        [property: JsonPropertyName("endsAt")] DateTimeOffset EndsAt,
        [property: JsonPropertyName("generatorURL")] string GeneratorUrl,
        [property: JsonPropertyName("fingerprint")] string Fingerprint);
}
