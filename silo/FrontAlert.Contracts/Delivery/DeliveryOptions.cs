namespace FrontAlert.Contracts;

/// <summary>The <c>FrontAlert:Delivery</c> section: how Subscriptions are reached, retried and parked.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "FrontAlert:Delivery";

    /// <summary>Allow plain http:// and loopback, private and link-local receivers: tests and on-premise receivers only.</summary>
    public bool AllowPrivateEndpoints { get; set; }

    /// <summary>Web Push <c>TTL</c>: how long a push service keeps an alert for a phone that is offline.</summary>
    public int TimeToLiveSeconds { get; set; } = 86_400;

    /// <summary>Failures in a row after which a Subscription is parked as <c>failing</c>.</summary>
    public int MaxFailures { get; set; } = 12;

    public int FirstRetryMilliseconds { get; set; } = 1_000;
    public int MaxRetrySeconds { get; set; } = 600;

    /// <summary>Each silo nudges every Subscription this often even without new alerts, so none stays asleep.</summary>
    public int SweepSeconds { get; set; } = 10;

    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// A Subscription writes its advanced cursor at most this often (and when its activation ends): a crash repeats at
    /// most this long's deliveries, never skips one. Failures, parking and epoch moves are written at once. 0: every page.
    /// </summary>
    public int CursorWriteSeconds { get; set; } = 5;

    /// <summary>Web Push Subscriptions one client address may hold at once.</summary>
    public int MaxPerAddress { get; set; } = 20;

    /// <summary>The VAPID key pair (base64url); generated on first start and stored when not set.</summary>
    public string? VapidPublicKey { get; set; }
    public string? VapidPrivateKey { get; set; }

    /// <summary>The VAPID <c>sub</c>: whom a push service may contact about this sender.</summary>
    public string VapidSubject { get; set; } = "mailto:operator@frontalert.invalid";
}
