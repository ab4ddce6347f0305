using FrontAlert.Contracts;
namespace FrontAlert.Grains;

/// <summary>
/// Runs a step one round at a time for a reentrant grain: asking while a round is in flight asks for one more round,
/// which then covers everyone who asked meanwhile. So a busy place sends one batch per round trip, not one per write.
/// With a <paramref name="spacing"/>, rounds also start at least that far apart: the first ask still runs at once, and
/// asks that come sooner share one trailing round (for work whose every round supersedes the last).
/// Runs on the grain's scheduler (awaits resume there), so plain fields need no locks.
/// </summary>
public sealed class Pump(Func<Task> round, TimeSpan spacing = default)
{
    private Task? _running;
    private bool _again;
    private long? _startedAt;

    /// <summary>Returns the run whose last round starts after this call.</summary>
    public Task Run()
    {
        _again = true;
        if (_running is { } running)
        {
            return running;
        }
        var run = Loop();
        _running = run.IsCompleted ? null : run;
        return run;
    }

    private async Task Loop()
    {
        try
        {
            while (_again)
            {
                // Real time, not the grain's clock: this spaces CPU work, it decides nothing about the picture.
                if (_startedAt is { } started && spacing - TimeProvider.System.GetElapsedTime(started) is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait);
                }
                _again = false;
                _startedAt = TimeProvider.System.GetTimestamp();
                await round();
            }
        }
        finally
        {
            _running = null;
        }
    }
}
