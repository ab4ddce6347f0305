using FrontAlert.Contracts;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FrontAlert.Domain;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Options;

namespace FrontAlert.Grains;

/// <summary>
/// Sends one notification (an alert, or a group of them) to one Subscription, once: Web Push (RFC 8291 aes128gcm by
/// <see cref="PushEncryption"/>, RFC 8292 VAPID from Lib.Net.Http.WebPush, RFC 8030 TTL/Urgency/Topic), webhooks
/// signed the Standard Webhooks way. Retrying is the grain's business;
/// this only says what the attempt came to. One per silo: its connection pool is shared by every Subscription.
/// </summary>
public sealed class Deliverer : IDisposable
{
    private readonly DeliveryOptions _options;
    private readonly IVapidKeyStore _keys;
    private readonly TimeProvider _clock;
    private readonly HttpMessageInvoker _http;
    private readonly RequestTimeouts _timeouts;
    private readonly OriginLimits _limits;
    private readonly string _ttl;
    private readonly PushEncryption _encryption = new();
    private VapidAuthentication? _vapid;

    public Deliverer(IOptions<DeliveryOptions> options, IVapidKeyStore keys, TimeProvider clock)
    {
        _options = options.Value;
        _keys = keys;
        _clock = clock;
        _ttl = _options.TimeToLiveSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var handler = EndpointGuard.Handler(_options.AllowPrivateEndpoints);
        // No trace context to push services and webhook receivers (they are not ours), and no span per push: at
        // 10,000 Subscriptions an alert would make 10,000 of them.
        handler.ActivityHeadersPropagator = null;
        // The handler itself, not an HttpClient: HttpClient's timeout arms a timer per request (see RequestTimeouts)
        // and links its own cancellation source per request; responses are read up to their headers either way.
        _http = new HttpMessageInvoker(handler);
        _timeouts = new RequestTimeouts(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        _limits = new OriginLimits(handler.MaxConnectionsPerServer);
    }

    public async Task<DeliveryOutcome> Send(Subscription subscription, Notification notification, CancellationToken cancel)
    {
        var endpoint = new Uri(subscription.Endpoint);
        var origin = endpoint.GetLeftPart(UriPartial.Authority);
        using var place = await _limits.Enter(origin, cancel);
        using var linked = cancel.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancel, _timeouts.Next()) : null;
        var token = linked?.Token ?? _timeouts.Next();
        try
        {
            return subscription.Channel == SubscriptionChannel.WebPush
                ? await Push(subscription, endpoint, origin, notification, token)
                : await Webhook(subscription, endpoint, notification, token);
        }
        catch (HttpRequestException e)
        {
            return new DeliveryOutcome(DeliveryResult.Retry, e.Message);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new DeliveryOutcome(DeliveryResult.Retry, $"no answer within {_options.TimeoutSeconds} s");
        }
    }

    /// <summary>Urgency from severity: a critical alert may wake a phone that saves its battery.</summary>
    public static PushMessageUrgency Urgency(Severity severity) => severity switch
    {
        Severity.Critical => PushMessageUrgency.High,
        Severity.Warning => PushMessageUrgency.Normal,
        _ => PushMessageUrgency.Low,
    };

    /// <summary>RFC 8030's Urgency header value.</summary>
    public static string UrgencyHeader(PushMessageUrgency urgency) => urgency switch
    {
        PushMessageUrgency.VeryLow => "very-low",
        PushMessageUrgency.Low => "low",
        PushMessageUrgency.High => "high",
        _ => "normal",
    };

    /// <summary>
    /// The push request built here rather than by Lib.Net.Http.WebPush's client: the same RFC 8030 headers and RFC 8292
    /// VAPID header (the library's, from its token cache), with the body encrypted by <see cref="PushEncryption"/>,
    /// which measured at a quarter of the library's CPU per push.
    /// </summary>
    private async Task<DeliveryOutcome> Push(Subscription subscription, Uri endpoint, string origin, Notification notification, CancellationToken cancel)
    {
        var payload = notification.Group is null ? PushPayload.Utf8(notification.Latest) : Encoding.UTF8.GetBytes(GroupPayload.Push(notification));
        var body = _encryption.Encrypt(subscription.P256dh!, subscription.Auth!, payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        // known-good values, added unparsed: parsing them back costs every push and checks nothing
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
        request.Content.Headers.TryAddWithoutValidation("Content-Encoding", "aes128gcm");
        request.Headers.TryAddWithoutValidation("TTL", _ttl);
        request.Headers.TryAddWithoutValidation("Urgency", UrgencyHeader(Urgency(notification.Severity)));
        request.Headers.TryAddWithoutValidation("Topic", notification.Topic);
        // RFC 8292: the audience is the push resource's origin, port included (the library's own client left a
        // non-default port out; we pass the origin ourselves)
        request.Headers.TryAddWithoutValidation("Authorization", "vapid " + (await Vapid()).GetVapidSchemeAuthenticationHeaderValueParameter(origin));
        using var response = await _http.SendAsync(request, cancel);
        return response.IsSuccessStatusCode
            ? DeliveryOutcome.Delivered
            : Outcome(response.StatusCode, response.Headers.RetryAfter, gone: [HttpStatusCode.NotFound, HttpStatusCode.Gone]);
    }

    private async Task<DeliveryOutcome> Webhook(Subscription subscription, Uri endpoint, Notification notification, CancellationToken cancel)
    {
        var body = (subscription.Format, notification.Group) switch
        {
            (WebhookFormat.Alertmanager, _) => AlertmanagerPayload.For(subscription, notification),
            (_, null) => JsonSerializer.Serialize(notification.Latest, DomainJson.Options),
            _ => GroupPayload.Webhook(notification),
        };
        var now = _clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        // webhook-id is the same on every attempt (the alert id, or the group's id and size), so a receiver can drop
        // what at-least-once delivery repeats.
        request.Headers.Add("webhook-id", notification.Id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhooks.StandardWebhook(subscription.Secret!).Sign(notification.Id, now, body));
        using var response = await _http.SendAsync(request, cancel);
        // Standard Webhooks: a 410 says the receiver wants no more; anything else that failed may be passing.
        return response.IsSuccessStatusCode ? DeliveryOutcome.Delivered : Outcome(response.StatusCode, response.Headers.RetryAfter, gone: [HttpStatusCode.Gone]);
    }

    private DeliveryOutcome Outcome(HttpStatusCode status, RetryConditionHeaderValue? retryAfter, HttpStatusCode[] gone)
    {
        if (gone.Contains(status))
        {
            return new DeliveryOutcome(DeliveryResult.Gone, $"HTTP {(int)status}");
        }
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - _clock.GetUtcNow() : null);
        return new DeliveryOutcome(DeliveryResult.Retry, $"HTTP {(int)status}", wait > TimeSpan.Zero ? wait : null);
    }

    private async ValueTask<VapidAuthentication> Vapid()
    {
        if (_vapid is { } vapid)
        {
            return vapid;
        }
        var keys = await _keys.Get();
        var created = new VapidAuthentication(keys.PublicKey, keys.PrivateKey) { Subject = _options.VapidSubject, TokenCache = new VapidTokens(_clock) };
        if (Interlocked.CompareExchange(ref _vapid, created, null) is { } won)
        {
            created.Dispose();
            return won;
        }
        return created;
    }

    public void Dispose()
    {
        _vapid?.Dispose();
        _http.Dispose();
    }
}
