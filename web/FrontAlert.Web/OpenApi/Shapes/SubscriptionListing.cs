using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>A Subscription as the API answers it (<see cref="SubscriptionJson"/>): never its keys, secret or token.</summary>
public sealed record SubscriptionListing(
    string Id,
    SubscriptionChannel Channel,
    string? Endpoint,
    string? Url,
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
