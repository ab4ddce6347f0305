namespace FrontAlert.Domain;

/// <summary>A Subscription with its delivery state and its open notification groups, as one grain call returns it.</summary>
public sealed record SubscriptionView(Subscription Subscription, DeliveryState Delivery, IReadOnlyList<NotificationGroup>? Groups = null);
