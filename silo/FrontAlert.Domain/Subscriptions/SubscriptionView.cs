namespace FrontAlert.Domain;

/// <summary>A Subscription with its delivery state, as one grain call returns it.</summary>
public sealed record SubscriptionView(Subscription Subscription, DeliveryState Delivery);
