namespace FrontAlert.Grains;

/// <summary>What one delivery attempt came to.</summary>
public sealed record DeliveryOutcome(DeliveryResult Result, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static readonly DeliveryOutcome Delivered = new(DeliveryResult.Delivered);
}
