namespace FrontAlert.Domain;

/// <summary>
/// When to try a failed delivery again: exponential in the failures so far, with jitter so many Subscriptions failing
/// on one receiver at once do not retry in step, and never sooner than the receiver's <c>Retry-After</c>.
/// </summary>
public static class Backoff
{
    public static TimeSpan Delay(int failures, TimeSpan first, TimeSpan max, TimeSpan? retryAfter, double jitter)
    {
        var exponent = Math.Min(Math.Max(failures - 1, 0), 30);
        var ceiling = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        // "Equal jitter": at least half the step, so the back-off still grows, plus a random part of the other half.
        var delay = TimeSpan.FromMilliseconds(ceiling / 2 + ceiling / 2 * Math.Clamp(jitter, 0, 1));
        return retryAfter is { } wait && wait > delay ? wait : delay;
    }
}
