using FrontAlert.Contracts;
namespace FrontAlert.Grains;

/// <summary>
/// Runs a step one round at a time for a reentrant grain: asking while a round is in flight asks for one more round,
/// which then covers everyone who asked meanwhile. So a busy place sends one batch per round trip, not one per write.
/// With a <see cref="RoundBudget"/>, sustained rounds are also held to a rate: a burst still runs at once, so a quiet
/// place answers as fast as before, and a place under load sends a few rounds a second, each carrying everything
/// asked since (for work whose every round supersedes the last). Runs on the grain's scheduler (awaits resume there),
/// so plain fields need no locks.
/// </summary>
public sealed class Pump(Func<Task> round, RoundBudget? budget = null)
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
                if (budget?.Wait() is { } wait)
                {
                    await Task.Delay(wait);
                }
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
