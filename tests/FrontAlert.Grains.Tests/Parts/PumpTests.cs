namespace FrontAlert.Grains.Tests.Parts;

/// <summary>A busy place publishes one round at a time; asking during a round buys exactly one more round for everyone who asked.</summary>
public sealed class PumpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly GrainTurns _turns = new();
    private readonly Gates _rounds = new();

    [Fact]
    public async Task Asking_during_a_round_runs_one_more_round_that_covers_every_asker()
    {
        var pump = new Pump(_rounds.Step);
        var run = await _turns.Start(pump.Run);
        await _rounds.Started(1);

        var askers = new[] { await _turns.Start(pump.Run), await _turns.Start(pump.Run), await _turns.Start(pump.Run) };
        Assert.All(askers, a => Assert.Same(run, a));
        Assert.Equal(1, _rounds.Count);

        // The first round started before they asked, so it does not answer them: a second round must run.
        _rounds.Finish(0);
        await _rounds.Started(2);
        Assert.False(run.IsCompleted);

        _rounds.Finish(1);
        await run.WaitAsync(Patience);
        Assert.Equal(2, _rounds.Count);
        Assert.Equal(1, _rounds.MostAtOnce);
    }

    [Fact]
    public async Task Asking_during_the_last_round_runs_another_and_an_idle_pump_starts_a_new_run()
    {
        var pump = new Pump(_rounds.Step);
        var run = await _turns.Start(pump.Run);
        await _rounds.Started(1);
        _rounds.Finish(0);
        await run.WaitAsync(Patience);

        var next = await _turns.Start(pump.Run);
        Assert.NotSame(run, next);
        await _rounds.Started(2);
        Assert.Same(next, await _turns.Start(pump.Run)); // asked during round 2
        _rounds.Finish(1);
        await _rounds.Started(3);
        Assert.False(next.IsCompleted);

        _rounds.Finish(2);
        await next.WaitAsync(Patience);
        Assert.Equal(3, _rounds.Count);
    }

    [Fact]
    public async Task A_failed_round_fails_its_run_and_the_next_ask_starts_again()
    {
        var pump = new Pump(_rounds.Step);
        var run = await _turns.Start(pump.Run);
        await _rounds.Started(1);
        _rounds.Finish(0, new IOException("log unreachable"));
        await Assert.ThrowsAsync<IOException>(() => run.WaitAsync(Patience));

        var again = await _turns.Start(pump.Run);
        await _rounds.Started(2);
        _rounds.Finish(1);
        await again.WaitAsync(Patience);
        Assert.Equal(2, _rounds.Count);
    }
}
