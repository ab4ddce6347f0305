namespace FrontAlert.Domain;

/// <summary>
/// When a report may say something happened: not before 1900 and not more than <see cref="MaxAhead"/> after the
/// server's clock. A report dated in the future would otherwise freeze a place: every real claim would then be
/// "older than the current state" (ADR 0013).
/// </summary>
public sealed record TimeBounds(DateTimeOffset Now, TimeSpan MaxAhead)
{
    public static readonly TimeSpan DefaultMaxAhead = TimeSpan.FromMinutes(10);
    public static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Latest => Now + MaxAhead;
}
