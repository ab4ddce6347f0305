using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>The body a webhook receives: FrontAlert's alert JSON, or Alertmanager's webhook payload (version 4).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WebhookFormat>))]
public enum WebhookFormat
{
    [JsonStringEnumMemberName("frontalert")] FrontAlert,
    [JsonStringEnumMemberName("alertmanager")] Alertmanager,
}
