using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// A Subscription grain's stored state: the Subscription (null once removed), how far delivery got, and the open
/// notification groups, stored with the cursor so an alert the cursor passed into a group is never lost.
/// </summary>
public sealed class SubscriptionState
{
    public Subscription? Subscription { get; set; }
    public DeliveryState Delivery { get; set; } = new();
    public IReadOnlyList<NotificationGroup> Groups { get; set; } = [];
}
