using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>
/// A token bucket per connection for hub calls: a burst of <see cref="Burst"/>, then <see cref="PerSecond"/> a second.
/// A flooding client gets errors, not a slower server for everyone else. Each <see cref="Subscriber"/> holds one, so
/// that no connection needs its <c>Items</c> dictionary.
/// </summary>
public sealed class CallBudget
{
    public const int Burst = 20;
    public const int PerSecond = 10;

    private double _tokens = Burst;
    private long _at = Environment.TickCount64;

    /// <summary>Takes <paramref name="calls"/> tokens (a replay costs more than one call), or throws and takes none.</summary>
    public void Spend(int calls = 1)
    {
        if (calls <= 0)
        {
            return;
        }
        if (!TryTake(calls))
        {
            throw new HubException($"too many calls: at most {PerSecond} a second; the subscription is unchanged");
        }
    }

    private bool TryTake(int calls)
    {
        // hub calls of one connection run one at a time: never contended, so no lock object of its own
        lock (this)
        {
            var now = Environment.TickCount64;
            _tokens = Math.Min(Burst, _tokens + (now - _at) / 1000.0 * PerSecond);
            _at = now;
            // A replay bigger than a whole burst may still go when the bucket is full but for the Subscribe call that
            // asked for it (its token is already taken); it then leaves the bucket in debt.
            if (_tokens < Math.Min(calls, Burst - 1))
            {
                return false;
            }
            _tokens -= calls;
            return true;
        }
    }
}
