using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary><c>active</c> delivers and retries; <c>failing</c> is parked after too many failures in a row.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    [JsonStringEnumMemberName("active")] Active,
    [JsonStringEnumMemberName("failing")] Failing,
}
