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
    DeliveryListing Delivery,
    IReadOnlyList<GroupListing> Groups);
