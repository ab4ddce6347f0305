using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>How a Subscription is reached: a Web Push endpoint (a browser's, or an app's own such as UnifiedPush), or a webhook.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubscriptionChannel>))]
public enum SubscriptionChannel
{
    [JsonStringEnumMemberName("webpush")] WebPush,
    [JsonStringEnumMemberName("webhook")] Webhook,
}
