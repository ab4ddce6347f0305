namespace FrontAlert.Domain;

/// <summary>
/// How far a Subscription's delivery got: <see cref="Cursor"/> is the seq of the last alert that was delivered or
/// that it does not want; everything after it is still to deliver, in order.
/// </summary>
public sealed record DeliveryState
{
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Active;
    public long Cursor { get; init; }
    public long Delivered { get; init; }

    /// <summary>Failures in a row of the alert after <see cref="Cursor"/>; 0 after a success.</summary>
    public int Failures { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public DateTimeOffset? LastDeliveredAt { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
}
