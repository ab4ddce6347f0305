using System.Collections.Concurrent;

namespace FrontAlert.Grains;

/// <summary>
/// At most as many sends in flight to one origin as the handler may open connections to it. When an alert wakes
/// 10,000 Subscription grains at once, the ones over the limit wait here, before encrypting, instead of each
/// encrypting at once and then queueing inside the connection pool: the thread pool then is not flooded with 10,000
/// key agreements ahead of the responses that free connections, and the pool's lock is not fought over (delivery
/// profile, ADR 0024). The wait is not part of a request's timeout: a request times out only once it was sent.
/// </summary>
public sealed class OriginLimits(int perOrigin)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _origins = new(StringComparer.Ordinal);

    /// <param name="origin">Scheme, host and port, as <c>Uri.GetLeftPart(UriPartial.Authority)</c> gives them.</param>
    public async ValueTask<Lease> Enter(string origin, CancellationToken cancel)
    {
        var gate = _origins.GetOrAdd(origin, _ => new SemaphoreSlim(perOrigin, perOrigin));
        await gate.WaitAsync(cancel);
        return new Lease(gate);
    }

    /// <summary>One send's place; disposing it lets the next one in.</summary>
    public readonly struct Lease(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
