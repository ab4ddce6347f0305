using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>A webhook: where to POST, the Standard Webhooks signing secret, and the body's format.</summary>
public sealed record WebhookSubscriptionRequest : SubscriptionRequest
{
    public required Uri Url { get; init; }
    public required string Secret { get; init; }
    public WebhookFormat? Format { get; init; }
}
