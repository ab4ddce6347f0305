using FrontAlert.Contracts;
namespace FrontAlert.Grains;

/// <summary>
/// Group commit for a reentrant grain: callers that changed the state while a write was in flight share the next
/// write instead of queueing one each, so a busy location writes once per round trip, not once per report.
/// Everything runs on the grain's scheduler, so plain fields need no locks.
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private long _changed;
    private long _written;
    private Task? _inflight;

    /// <summary>Returns once a write that includes every change made before this call has completed.</summary>
    public async Task Save()
    {
        var target = ++_changed;
        while (_written < target)
        {
            var flight = _inflight ?? WriteOnce();
            _inflight = flight.IsCompleted ? null : flight;
            try
            {
                await flight;
            }
            finally
            {
                if (_inflight == flight)
                {
                    _inflight = null;
                }
            }
        }
    }

    private async Task WriteOnce()
    {
        var covers = _changed;
        await write();
        _written = Math.Max(_written, covers);
    }
}
