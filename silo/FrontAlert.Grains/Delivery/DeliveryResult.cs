namespace FrontAlert.Grains;

public enum DeliveryResult
{
    Delivered,

    /// <summary>Try the same alert again later (a 5xx, 429, timeout or refused connection).</summary>
    Retry,

    /// <summary>The receiver says the Subscription no longer exists (a push service's 404 or 410): remove it.</summary>
    Gone,
}
