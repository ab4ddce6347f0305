using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>How a Subscription is reached: a browser's or app's Web Push endpoint, or an operator's webhook receiver.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubscriptionChannel>))]
public enum SubscriptionChannel
{
    [JsonStringEnumMemberName("webpush")] WebPush,
    [JsonStringEnumMemberName("webhook")] Webhook,
}
