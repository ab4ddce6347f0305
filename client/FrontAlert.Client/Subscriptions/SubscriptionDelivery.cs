namespace FrontAlert.Client;

/// <summary>
/// How delivery to a Subscription goes: the alert log <see cref="Cursor"/> (seq) it has delivered up to, how many it
/// delivered, failures in a row and the last error, and when it tries next while backing off.
/// </summary>
public sealed record SubscriptionDelivery
{
    public long Cursor { get; init; }
    public long Delivered { get; init; }
    public int Failures { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public DateTimeOffset? LastDeliveredAt { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
}
