using System.Collections.Concurrent;
using System.Net;

namespace FrontAlert.Web;

/// <summary>
/// Wrong API keys per client address, in one-minute windows: past <see cref="LimitOptions.FailedKeysPerMinute"/> every
/// request with a key from that address is refused (429) for the rest of the window, right or wrong, so keys cannot
/// be guessed at speed. Bounded: when it tracks too many addresses it forgets them all rather than grow.
/// </summary>
public sealed class FailedKeys(LimitOptions limits, TimeProvider clock)
{
    private const int MaxAddresses = 100_000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<IPAddress, (DateTimeOffset Start, int Count)> _failures = new();

    /// <summary>Seconds until the address may try again, or null when it may now.</summary>
    public int? Blocked(IPAddress? address)
    {
        if (limits.FailedKeysPerMinute <= 0 || address is null || !_failures.TryGetValue(address, out var entry))
        {
            return null;
        }
        var left = entry.Start + Window - clock.GetUtcNow();
        return left > TimeSpan.Zero && entry.Count >= limits.FailedKeysPerMinute ? Math.Max(1, (int)Math.Ceiling(left.TotalSeconds)) : null;
    }

    public void Failed(IPAddress? address)
    {
        if (limits.FailedKeysPerMinute <= 0 || address is null)
        {
            return;
        }
        if (_failures.Count > MaxAddresses)
        {
            _failures.Clear();
        }
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(address, _ => (now, 1), (_, e) => now - e.Start > Window ? (now, 1) : (e.Start, e.Count + 1));
    }
}
