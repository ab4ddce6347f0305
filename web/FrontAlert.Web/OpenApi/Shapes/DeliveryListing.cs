namespace FrontAlert.Web;

/// <summary>How delivery of one Subscription goes.</summary>
public sealed record DeliveryListing(
    long Cursor,
    string? Epoch,
    long Delivered,
    int Failures,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? LastDeliveredAt,
    DateTimeOffset? NextAttemptAt);
