using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// Subscriptions through the typed client: an app registering a Web Push endpoint it owns, reading and removing it with
/// its token, receiving and decrypting what the server pushes; webhooks as the operator's.
/// </summary>
[Collection(DeliveryCollection.Name)]
public sealed class SubscriptionClientTests(DeliveryFixture fixture)
{
    [Fact]
    public async Task An_app_registers_its_own_push_endpoint_reads_it_with_its_token_and_removes_it()
    {
        using var keys = WebPushReceiverKeys.Create();
        var endpoint = fixture.Receiver.Endpoint(Given.Unique("app"));
        var created = await fixture.Anonymous.CreateSubscription(new WebPushSubscriptionRequest
        {
            Endpoint = endpoint,
            Keys = keys.Keys,
            ScopeIds = ["sy-aleppo"],
            MinSeverity = Severity.Warning,
            Kinds = ["control-change", "correction"],
            MinConfidence = Confidence.Contested,
        });
        Assert.False(string.IsNullOrEmpty(created.Id));
        Assert.False(string.IsNullOrEmpty(created.Token));

        var shown = await fixture.Anonymous.GetSubscription(created.Id, created.Token);
        Assert.Equal(created.Id, shown.Id);
        Assert.Equal(SubscriptionChannel.WebPush, shown.Channel);
        Assert.Equal(endpoint, shown.Endpoint);
        Assert.Null(shown.Url);
        Assert.Equal(["sy-aleppo"], shown.ScopeIds);
        Assert.Equal(Severity.Warning, shown.MinSeverity);
        Assert.Equal(["control-change", "correction"], shown.Kinds);
        Assert.Equal(Confidence.Contested, shown.MinConfidence);
        Assert.Equal(DeliveryStatus.Active, shown.Status);
        Assert.Equal(0, shown.Delivery.Failures);

        // the token is the proof: none, or another's, is refused; the operator sees every Subscription
        var none = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetSubscription(created.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        var wrong = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetSubscription(created.Id, "not-the-token"));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.Status);
        Assert.Contains(await fixture.Operator.GetSubscriptions(), s => s.Id == created.Id && s.Endpoint == endpoint);
        var notOperator = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetSubscriptions());
        Assert.Equal(HttpStatusCode.Unauthorized, notOperator.Status);

        await fixture.Anonymous.DeleteSubscription(created.Id, created.Token);
        var gone = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetSubscription(created.Id, created.Token));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.DoesNotContain(await fixture.Operator.GetSubscriptions(), s => s.Id == created.Id);
    }

    [Fact]
    public async Task An_alert_pushed_to_an_app_owned_endpoint_decrypts_to_the_alert()
    {
        var scope = "sy-deir-ez-zor";
        var rule = Given.Unique("push-app");
        await fixture.Operator.PutRule(Given.StrikeRule(rule, scope, Severity.Critical));
        using var keys = WebPushReceiverKeys.Create();
        var name = Given.Unique("decrypt");
        var key = await fixture.Anonymous.GetPushKey();
        Assert.Equal(87, key.PublicKey.Length); // 65 bytes of uncompressed P-256, base64url without padding
        var created = await fixture.Anonymous.CreateSubscription(new WebPushSubscriptionRequest
        {
            Endpoint = fixture.Receiver.Endpoint(name),
            Keys = keys.Keys,
            ScopeIds = [scope],
            MinSeverity = Severity.Critical,
            GroupWaitSeconds = 0,
        });

        var reports = await fixture.Reporter.Strikes(scope, 1, Given.Unique("s"));

        var pushes = await Eventually.Get(() => Task.FromResult(fixture.Receiver.Received.Where(r => r.Path.EndsWith(name, StringComparison.Ordinal)).ToList()),
            r => r.Count > 0, TimeSpan.FromSeconds(30));
        var push = Assert.Single(pushes);
        Assert.Equal("aes128gcm", push.Headers["Content-Encoding"]);
        Assert.StartsWith("vapid t=", push.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("k=" + key.PublicKey, push.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal("high", push.Headers["Urgency"]); // critical
        var alert = keys.DecryptAlert(push.Body);
        Assert.Equal(rule, alert.RuleId);
        Assert.Equal(Severity.Critical, alert.Severity);
        Assert.Contains(reports[0], alert.ReportIds);
        var delivered = await Eventually.Get(() => fixture.Anonymous.GetSubscription(created.Id, created.Token), s => s.Delivery.Delivered >= 1);
        Assert.Equal(1, delivered.Delivery.Delivered);
        Assert.True(delivered.Delivery.Cursor >= alert.Seq, $"cursor {delivered.Delivery.Cursor} before seq {alert.Seq}");

        // saved and restored keys decrypt the same body: an app keeps them across restarts
        using var restored = WebPushReceiverKeys.Import(keys.ExportPrivateKey(), keys.Keys.Auth);
        Assert.Equal(keys.Keys, restored.Keys);
        Assert.Equal(alert.Id, restored.DecryptAlert(push.Body).Id);
        await fixture.Anonymous.DeleteSubscription(created.Id, created.Token);
    }

    [Fact]
    public async Task A_bad_Web_Push_registration_is_refused_naming_the_field()
    {
        var problem = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.CreateSubscription(new WebPushSubscriptionRequest
        {
            Endpoint = fixture.Receiver.Endpoint("bad"),
            Keys = new PushKeys("AAAA", "BBBB"),
            ScopeIds = ["sy-atlantis"],
        }));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains("keys.p256dh", problem.Errors.Keys);
        Assert.Contains("scopeIds", problem.Errors.Keys.Select(k => k.Split('[')[0]));
    }

    [Fact]
    public async Task Webhooks_are_the_operators_and_are_listed_with_their_format()
    {
        var url = fixture.Receiver.Endpoint(Given.Unique("hook"));
        var request = new WebhookSubscriptionRequest
        {
            Url = url,
            Secret = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            Format = WebhookFormat.Alertmanager,
            ScopeIds = ["sy-homs"],
        };
        var anonymous = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.CreateSubscription(request));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        var reporter = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Reporter.CreateSubscription(request));
        Assert.Equal(HttpStatusCode.Forbidden, reporter.Status);

        var created = await fixture.Operator.CreateSubscription(request);
        var listed = Assert.Single(await fixture.Operator.GetSubscriptions(), s => s.Id == created.Id);
        Assert.Equal(SubscriptionChannel.Webhook, listed.Channel);
        Assert.Equal(url, listed.Url);
        Assert.Equal(WebhookFormat.Alertmanager, listed.Format);
        Assert.Equal(["sy-homs"], listed.ScopeIds);
        await fixture.Operator.DeleteSubscription(created.Id);
        Assert.DoesNotContain(await fixture.Operator.GetSubscriptions(), s => s.Id == created.Id);
    }
}
