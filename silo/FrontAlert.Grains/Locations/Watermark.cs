using FrontAlert.Contracts;
namespace FrontAlert.Grains;

/// <summary>
/// Callers waiting for a step that runs in rounds (the grain's publish): each waits until a round that started after
/// its change has finished the step. Runs on the grain's scheduler, so plain fields need no locks.
/// </summary>
public sealed class Watermark
{
    private readonly List<(long Target, TaskCompletionSource Done)> _waiting = [];
    private long _asked;
    private long _reached;

    /// <summary>A change that the next round must cover; returns the mark to wait for.</summary>
    public long Ask() => ++_asked;

    /// <summary>At the start of a round: the highest mark it covers.</summary>
    public long Covers() => _asked;

    public Task Until(long mark)
    {
        if (mark <= _reached)
        {
            return Task.CompletedTask;
        }
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Add((mark, done));
        return done.Task;
    }

    public void Reached(long mark)
    {
        _reached = Math.Max(_reached, mark);
        Release(w => w.Target <= _reached);
    }

    /// <summary>The step failed and will be retried; nobody's acknowledgement waits for the retry.</summary>
    public void ReleaseAll() => Release(_ => true);

    private void Release(Func<(long Target, TaskCompletionSource Done), bool> which)
    {
        foreach (var waiter in _waiting.Where(which).ToList())
        {
            waiter.Done.TrySetResult();
            _waiting.Remove(waiter);
        }
    }
}
