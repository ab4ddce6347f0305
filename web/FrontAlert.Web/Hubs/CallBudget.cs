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

    public void Spend()
    {
        if (!TryTake())
        {
            throw new HubException($"too many calls: at most {PerSecond} a second; the subscription is unchanged");
        }
    }

    private bool TryTake()
    {
        // hub calls of one connection run one at a time: never contended, so no lock object of its own
        lock (this)
        {
            var now = Environment.TickCount64;
            _tokens = Math.Min(Burst, _tokens + (now - _at) / 1000.0 * PerSecond);
            _at = now;
            if (_tokens < 1)
            {
                return false;
            }
            _tokens--;
            return true;
        }
    }
}
