namespace FrontAlert.Client;

/// <summary>
/// Exponential back-off with jitter: each failure doubles the ceiling up to <c>cap</c>, and the wait is drawn from the
/// upper half of it, so thousands of apps cut off by the same web node restart do not all come back in one instant.
/// </summary>
internal sealed class Backoff(TimeSpan first, TimeSpan cap)
{
    private int _failures;

    public TimeSpan Next()
    {
        var ceiling = Math.Min(cap.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, Math.Min(_failures, 30)));
        _failures++;
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    public void Reset() => _failures = 0;
}
