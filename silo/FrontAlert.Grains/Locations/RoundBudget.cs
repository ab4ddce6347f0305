namespace FrontAlert.Grains;

/// <summary>
/// A token bucket for a <see cref="Pump"/>'s rounds: <paramref name="burst"/> rounds at once, then
/// <paramref name="perSecond"/>. Real time, not the grain's clock: it spaces CPU work and decides nothing about the
/// picture. Used on one grain's scheduler only, so plain fields need no locks.
/// </summary>
public sealed class RoundBudget(int burst, double perSecond)
{
    private double _tokens = burst;
    private long _refilledAt = TimeProvider.System.GetTimestamp();

    /// <summary>Takes one round's token; returns how long to wait first, or null to go at once.</summary>
    public TimeSpan? Wait()
    {
        var now = TimeProvider.System.GetTimestamp();
        _tokens = Math.Min(burst, _tokens + TimeProvider.System.GetElapsedTime(_refilledAt, now).TotalSeconds * perSecond);
        _refilledAt = now;
        _tokens -= 1;
        // In debt: the round goes once the bucket is back at zero, and the next ask waits its own share after it.
        return _tokens >= 0 ? null : TimeSpan.FromSeconds(-_tokens / perSecond);
    }
}
