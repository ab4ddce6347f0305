namespace FrontAlert.Client;

/// <summary>
/// A new Subscription: its id, and the token that proves ownership (sent as <c>X-Subscription-Token</c> to read or
/// delete it). The server shows the token only here, so keep it.
/// </summary>
public sealed record SubscriptionCreated(string Id, string Token);
