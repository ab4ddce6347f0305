namespace FrontAlert.Client;

/// <summary>
/// Asks for alerts posted to a webhook receiver, signed the Standard Webhooks way with <see cref="Secret"/>
/// (<c>whsec_</c> and base64). Operators only. Unset filters are the server's defaults (everything).
/// </summary>
public sealed record WebhookSubscriptionRequest
{
    public SubscriptionChannel Channel => SubscriptionChannel.Webhook;
    public required Uri Url { get; init; }
    public required string Secret { get; init; }
    public WebhookFormat? Format { get; init; }
    public IReadOnlyList<string> ScopeIds { get; init; } = [];
    public Severity? MinSeverity { get; init; }
    public IReadOnlyList<string>? Kinds { get; init; }
    public Confidence? MinConfidence { get; init; }
    public int? GroupWaitSeconds { get; init; }
    public int? GroupIntervalSeconds { get; init; }
}
