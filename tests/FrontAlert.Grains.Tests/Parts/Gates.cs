using FrontAlert.Testing;

namespace FrontAlert.Grains.Tests.Parts;

/// <summary>
/// A step (a state write, a publish round) that a test finishes by hand: each call opens a gate and waits on it, so
/// the test decides when each one completes and sees how many ran and how many overlapped.
/// </summary>
public sealed class Gates
{
    private readonly List<TaskCompletionSource> _opened = [];
    private int _running;
    private int _mostAtOnce;

    public int Count { get { lock (_opened) { return _opened.Count; } } }
    public int MostAtOnce { get { lock (_opened) { return _mostAtOnce; } } }

    public async Task Step()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_opened)
        {
            _opened.Add(gate);
            _mostAtOnce = Math.Max(_mostAtOnce, ++_running);
        }
        try
        {
            await gate.Task;
        }
        finally
        {
            lock (_opened)
            {
                _running--;
            }
        }
    }

    /// <summary>Lets step <paramref name="index"/> (0-based) complete, or fail with <paramref name="error"/>.</summary>
    public void Finish(int index, Exception? error = null)
    {
        TaskCompletionSource gate;
        lock (_opened)
        {
            gate = _opened[index];
        }
        if (error is null)
        {
            gate.SetResult();
        }
        else
        {
            gate.SetException(error);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> steps have started (or the deadline passed).</summary>
    public Task<int> Started(int count) => Eventually.Get(() => Task.FromResult(Count), n => n >= count);
}
