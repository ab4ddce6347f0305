namespace FrontAlert.Grains;

/// <summary>
/// Timeouts for outbound requests that share one timer a second instead of one timer per request: HttpClient's own
/// timeout arms and disarms a timer on every send, and at thousands of pushes a second those calls queued on the
/// timer lock (BENCHMARKS.md, delivery profile). A request started in a given second gets that second's token, which
/// cancels between <c>timeout</c> and <c>timeout</c> + 1 s after the request began.
/// </summary>
public sealed class RequestTimeouts(TimeSpan timeout)
{
    private readonly Lock _gate = new();
    private Slot _current = new(long.MinValue, new CancellationTokenSource());

    public CancellationToken Next()
    {
        var second = Environment.TickCount64 / 1000;
        var current = Volatile.Read(ref _current);
        if (current.Second == second)
        {
            return current.Source.Token;
        }
        lock (_gate)
        {
            if (_current.Second != second)
            {
                // not disposed: requests still hold the token; a fired source holds no timer and is collected
                var source = new CancellationTokenSource();
                source.CancelAfter(timeout + TimeSpan.FromSeconds(1));
                Volatile.Write(ref _current, new Slot(second, source));
            }
            return _current.Source.Token;
        }
    }

    private sealed record Slot(long Second, CancellationTokenSource Source);
}
