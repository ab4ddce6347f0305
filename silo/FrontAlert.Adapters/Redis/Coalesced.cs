namespace FrontAlert.Adapters;

/// <summary>
/// One read on behalf of many concurrent callers, without ever answering a caller with a read that began before it
/// asked: while a read is under way, callers queue for the next one, which starts when it ends and serves them all.
/// So 10,000 grains asking at once cost two reads, and each still sees the store as it was at or after its call.
/// </summary>
public sealed class Coalesced<T>(Func<Task<T>> read)
{
    private readonly Lock _gate = new();
    private bool _running;
    private TaskCompletionSource<T>? _next;

    public Task<T> Get()
    {
        lock (_gate)
        {
            if (_running)
            {
                _next ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                return _next.Task;
            }
            _running = true;
        }
        var first = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Run(first);
        return first.Task;
    }

    private async Task Run(TaskCompletionSource<T> waiting)
    {
        while (true)
        {
            try
            {
                waiting.TrySetResult(await read());
            }
            catch (Exception e)
            {
                waiting.TrySetException(e);
            }
            lock (_gate)
            {
                if (_next is null)
                {
                    _running = false;
                    return;
                }
                (waiting, _next) = (_next, null);
            }
        }
    }
}
