using FrontAlert.Contracts;
namespace FrontAlert.Grains.Tests;

/// <summary>What the log vouches for: a client's cursor after the log lost data once or twice.</summary>
public sealed class CursorCheckTests
{
    // e1 from the start; lost back to 100 (e2); grew to 150, restarted cleanly (e3 at 150); lost back to 80 (e4); now at 90.
    private static readonly LogEpoch Log = new("e4", 90, [new("e1", 0), new("e2", 100), new("e3", 150), new("e4", 80)]);

    [Theory]
    [InlineData("e4", 85, 85, null)] // this epoch, behind the end
    [InlineData("e4", 95, 90, CursorCheck.Ahead)] // this epoch, beyond the end: nothing to replay
    [InlineData("e3", 70, 70, null)] // an older epoch, below every fork since: still true
    [InlineData("e3", 85, 80, CursorCheck.Epoch)] // above e4's fork: seqs 81.. may be other alerts now
    [InlineData("e1", 120, 80, CursorCheck.Epoch)] // e1 saw 101..120 that e2 lost: the lowest fork since is 80
    [InlineData("zz", 60, 0, CursorCheck.Epoch)] // an epoch this log never had: only the lowest fork of all holds
    [InlineData(null, 60, 60, null)] // no epoch (an older client): checked against the end only
    [InlineData(null, 120, 80, CursorCheck.Ahead)] // beyond the end: from this epoch's fork
    public void A_cursor_is_vouched_for_up_to_the_lowest_fork_since_its_epoch(string? epoch, long afterSeq, long from, string? reason) =>
        Assert.Equal(new CursorCheck(from, reason), Log.Vouch(epoch, afterSeq));
}
