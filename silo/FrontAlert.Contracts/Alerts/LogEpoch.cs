namespace FrontAlert.Contracts;

/// <summary>
/// The alert log's epoch now, its last seq, and every epoch it has had, oldest first. A seq is never given to two
/// alerts within one epoch; when the log loses data (Redis restarted on an older or shorter AOF) it starts a new
/// epoch whose fork is the seq it came back with.
/// </summary>
public sealed record LogEpoch(string Id, long LastSeq, IReadOnlyList<EpochStart> History)
{
    /// <summary>The oldest seq retention kept (the last seq + 1 when the log is empty); 1 while nothing was trimmed.</summary>
    public long FirstSeq { get; init; } = 1;

    /// <summary>
    /// The point after which a client holding (<paramref name="epoch"/>, <paramref name="afterSeq"/>) can be given
    /// the log without a gap or a seq it saw for another alert. A client of an earlier epoch is trusted up to the
    /// lowest fork since; a client of an epoch the log never had (another deployment, a wiped store) up to the lowest
    /// fork of all; a client that sends no epoch (older clients) only up to the log's last seq.
    /// </summary>
    public CursorCheck Vouch(string? epoch, long afterSeq)
    {
        var trusted = epoch is null || epoch == Id ? afterSeq : Math.Min(afterSeq, Since(epoch));
        if (trusted > LastSeq)
        {
            // Ahead of the log: a client of this epoch saw everything up to the last seq; any other only up to the fork.
            var from = epoch == Id ? LastSeq : Math.Min(LastSeq, Current.Fork);
            return new(from, CursorCheck.Ahead);
        }
        if (trusted < FirstSeq - 1)
        {
            // retention removed alerts after the cursor: the replay starts at the oldest kept, and says so
            return new(FirstSeq - 1, CursorCheck.Trimmed);
        }
        return new(trusted, trusted < afterSeq ? CursorCheck.Epoch : null);
    }

    private EpochStart Current => History.Count > 0 && History[^1].Id == Id ? History[^1] : new(Id, 0);

    /// <summary>The lowest fork of the epochs after <paramref name="epoch"/>, or of all of them when it is unknown.</summary>
    private long Since(string epoch)
    {
        var at = -1;
        for (var i = 0; i < History.Count; i++)
        {
            if (History[i].Id == epoch)
            {
                at = i;
            }
        }
        var lowest = long.MaxValue;
        for (var i = at + 1; i < History.Count; i++)
        {
            lowest = Math.Min(lowest, History[i].Fork);
        }
        return at < 0 && History.Count == 0 ? 0 : lowest;
    }
}
