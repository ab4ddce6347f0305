using FrontAlert.Contracts;
namespace FrontAlert.Grains;

/// <summary>
/// Runs a step one round at a time for a reentrant grain: asking while a round is in flight asks for one more round,
/// which then covers everyone who asked meanwhile. So a busy place sends one batch per round trip, not one per write.
/// Runs on the grain's scheduler, so plain fields need no locks.
/// </summary>
public sealed class Pump(Func<Task> round)
{
    private Task? _running;
    private bool _again;

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
                _again = false;
                await round();
            }
        }
        finally
        {
            _running = null;
        }
    }
}
