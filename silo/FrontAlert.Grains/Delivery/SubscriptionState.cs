using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>A Subscription grain's stored state: the Subscription (null once removed) and how far delivery got.</summary>
public sealed class SubscriptionState
{
    public Subscription? Subscription { get; set; }
    public DeliveryState Delivery { get; set; } = new();
}
