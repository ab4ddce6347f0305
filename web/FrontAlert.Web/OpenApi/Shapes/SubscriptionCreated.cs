namespace FrontAlert.Web;

/// <summary>The answer to <c>POST /subscriptions</c>: its id and the token that manages it (shown once).</summary>
public sealed record SubscriptionCreated(string Id, string Token);
