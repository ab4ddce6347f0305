namespace FrontAlert.Domain;

/// <summary>
/// Someone who wants alerts while not watching: where to send them (<see cref="Endpoint"/> with the browser's keys, or
/// a webhook URL with its secret) and which alerts (the same filters as the feed, plus kinds and confidence).
/// The grouping seconds decide how a storm is notified (<see cref="Grouping"/>).
/// </summary>
public sealed record Subscription
{
    public required string Id { get; init; }
    public required SubscriptionChannel Channel { get; init; }

    /// <summary>The push service endpoint, or the webhook URL.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Web Push: the browser's P-256 public key and its 16-byte auth secret, base64url.</summary>
    public string? P256dh { get; init; }
    public string? Auth { get; init; }

    /// <summary>Webhook: the <c>whsec_</c> signing secret and the body format.</summary>
    public string? Secret { get; init; }
    public WebhookFormat Format { get; init; } = WebhookFormat.FrontAlert;

    public IReadOnlyList<string> ScopeIds { get; init; } = [];
    public Severity MinSeverity { get; init; } = Severity.Info;
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public Confidence MinConfidence { get; init; } = Confidence.Claimed;
    public int GroupWaitSeconds { get; init; } = SubscriptionReader.DefaultGroupWait;
    public int GroupIntervalSeconds { get; init; } = SubscriptionReader.DefaultGroupInterval;

    /// <summary>SHA-256 of the token handed out at creation, hex; the token itself is never stored.</summary>
    public required string TokenHash { get; init; }

    /// <summary>Who created it: a client address (counted against the cap per address), or <c>operator</c>.</summary>
    public required string Owner { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// Whether this alert is for this Subscription: not held back, in one of its scopes (none means everywhere), at or above its
    /// severity, of one of its kinds (none means all), and, for alerts that carry a confidence, at or above it.
    /// </summary>
    public bool Wants(Alert alert, Catalog catalog) =>
        alert.InhibitedBy is null // held back (an inhibit rule, a flapping place): logged and in the feed, not notified
        && alert.Severity >= MinSeverity
        && (Kinds.Count == 0 || Kinds.Contains(EnumNames.Name(alert.Kind), StringComparer.Ordinal))
        && (alert.Confidence is not { } confidence || confidence >= MinConfidence)
        && (ScopeIds.Count == 0 || ScopeIds.Any(s => catalog.IsWithin(alert.LocationId, s)));
}
