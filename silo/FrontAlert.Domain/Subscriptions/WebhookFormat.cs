using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>The body a webhook receives: FrontAlert's own alert JSON, or Alertmanager's webhook payload (version 4).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WebhookFormat>))]
public enum WebhookFormat
{
    [JsonStringEnumMemberName("frontalert")] FrontAlert,
    [JsonStringEnumMemberName("alertmanager")] Alertmanager,
}
