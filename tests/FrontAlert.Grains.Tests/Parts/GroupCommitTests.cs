namespace FrontAlert.Grains.Tests.Parts;

/// <summary>A busy location writes its state once per round trip, and nobody returns before a write that holds their change.</summary>
public sealed class GroupCommitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly GrainTurns _turns = new();
    private readonly Gates _writes = new();

    [Fact]
    public async Task Changes_made_while_a_write_is_in_flight_share_the_next_write_and_wait_for_it()
    {
        var commit = new GroupCommit(_writes.Step);
        var first = await _turns.Start(commit.Save);
        await _writes.Started(1);

        // Three more changes while the first write is out: none of them starts a write of its own.
        var others = new[] { await _turns.Start(commit.Save), await _turns.Start(commit.Save), await _turns.Start(commit.Save) };
        Assert.Equal(1, _writes.Count);

        _writes.Finish(0);
        await first.WaitAsync(Patience);
        // The first write did not hold their changes, so they wait for the second, which holds all three.
        await _writes.Started(2);
        Assert.All(others, o => Assert.False(o.IsCompleted));

        _writes.Finish(1);
        await Task.WhenAll(others).WaitAsync(Patience);
        Assert.Equal(2, _writes.Count);
        Assert.Equal(1, _writes.MostAtOnce);
    }

    [Fact]
    public async Task A_change_after_the_last_write_gets_a_write_of_its_own()
    {
        var commit = new GroupCommit(_writes.Step);
        var first = await _turns.Start(commit.Save);
        await _writes.Started(1);
        _writes.Finish(0);
        await first.WaitAsync(Patience);

        var second = await _turns.Start(commit.Save);
        await _writes.Started(2);
        Assert.False(second.IsCompleted);
        _writes.Finish(1);
        await second.WaitAsync(Patience);

        Assert.Equal(2, _writes.Count);
    }

    [Fact]
    public async Task A_failed_write_fails_everyone_waiting_on_it_and_the_next_save_writes_again()
    {
        var commit = new GroupCommit(_writes.Step);
        var first = await _turns.Start(commit.Save);
        await _writes.Started(1);

        _writes.Finish(0, new IOException("storage is down"));
        var error = await Assert.ThrowsAsync<IOException>(() => first.WaitAsync(Patience));
        Assert.Equal("storage is down", error.Message);

        // Nothing counts as written: the retry writes, and only then returns.
        var retry = await _turns.Start(commit.Save);
        await _writes.Started(2);
        Assert.False(retry.IsCompleted);
        _writes.Finish(1);
        await retry.WaitAsync(Patience);
    }
}
