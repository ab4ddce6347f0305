namespace FrontAlert.Web;

/// <summary>A browser's Web Push subscription (<c>PushSubscription.toJSON()</c>) and what it listens to.</summary>
public sealed record WebPushSubscriptionRequest : SubscriptionRequest
{
    public required Uri Endpoint { get; init; }
    public required PushKeysShape Keys { get; init; }
}
