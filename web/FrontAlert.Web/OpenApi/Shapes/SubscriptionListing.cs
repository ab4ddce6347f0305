using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>A Subscription as <see cref="SubscriptionJson"/> renders it, for the OpenAPI document; never keys, secret or token.</summary>
public sealed record SubscriptionListing(
    string Id,
    SubscriptionChannel Channel,
    Uri? Endpoint,
    Uri? Url,
    WebhookFormat? Format,
    IReadOnlyList<string> ScopeIds,
    Severity MinSeverity,
    IReadOnlyList<string> Kinds,
    Confidence MinConfidence,
    int GroupWaitSeconds,
    int GroupIntervalSeconds,
    DateTimeOffset CreatedAt,
    DeliveryStatus Status,
    DeliveryListing Delivery);

/// <summary>How delivery of one Subscription goes.</summary>
public sealed record DeliveryListing(
    long Cursor,
    string? Epoch,
    long Delivered,
    int Failures,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? LastDeliveredAt,
    DateTimeOffset? NextAttemptAt);
