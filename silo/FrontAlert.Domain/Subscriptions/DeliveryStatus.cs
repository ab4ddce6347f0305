using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// <c>active</c> delivers (and retries); <c>failing</c> is parked after too many failures in a row, so an endpoint
/// that is gone for good does not get retried forever. A push service's 404/410 removes the Subscription instead.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    [JsonStringEnumMemberName("active")] Active,
    [JsonStringEnumMemberName("failing")] Failing,
}
