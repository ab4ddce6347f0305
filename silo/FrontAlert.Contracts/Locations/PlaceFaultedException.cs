namespace FrontAlert.Contracts;

/// <summary>
/// A place failed while applying a change and dropped its activation: nothing of the call was stored or acknowledged,
/// and the next activation starts from the stored state, so a retry is applied once. An Orleans exception, so the web
/// node answers it like any other transient unavailability (503 with Retry-After, a problem document).
/// </summary>
[GenerateSerializer, Alias("FrontAlert.PlaceFaultedException")]
public sealed class PlaceFaultedException : OrleansException
{
    public PlaceFaultedException(string locationId, Exception? cause)
        : base(Describe(locationId), cause ?? new InvalidOperationException($"location {locationId} faulted earlier"))
    {
    }

    private static string Describe(string locationId) =>
        $"Location {locationId} failed to apply a change and is reloading its stored state; nothing was acknowledged, retry";
}
