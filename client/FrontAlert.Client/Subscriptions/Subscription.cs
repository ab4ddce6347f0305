namespace FrontAlert.Client;

/// <summary>
/// A Subscription as the server shows it: where it goes, what it listens to, and its delivery state. Never its keys,
/// secret or token. <see cref="Endpoint"/> is set for Web Push, <see cref="Url"/> and <see cref="Format"/> for webhooks.
/// </summary>
public sealed record Subscription
{
    public required string Id { get; init; }
    public SubscriptionChannel Channel { get; init; }
    public Uri? Endpoint { get; init; }
    public Uri? Url { get; init; }
    public WebhookFormat? Format { get; init; }
    public IReadOnlyList<string> ScopeIds { get; init; } = [];
    public Severity MinSeverity { get; init; }
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public Confidence MinConfidence { get; init; }
    public int GroupWaitSeconds { get; init; }
    public int GroupIntervalSeconds { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DeliveryStatus Status { get; init; }
    public SubscriptionDelivery Delivery { get; init; } = new();
}
