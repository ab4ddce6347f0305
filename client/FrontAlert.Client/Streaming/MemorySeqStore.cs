namespace FrontAlert.Client;

/// <summary>A seq kept in memory: resume across reconnects and several reads within one process, not across restarts.</summary>
public sealed class MemorySeqStore(long? seq = null) : ISeqStore
{
    private long _seq = seq ?? -1; // -1: nothing saved; seqs start at 1 and 0 means "from the beginning"

    public long? Seq => Interlocked.Read(ref _seq) is var s and >= 0 ? s : null;

    public Task<long?> Load(CancellationToken cancel = default) => Task.FromResult(Seq);

    public Task Save(long seq, CancellationToken cancel = default)
    {
        Interlocked.Exchange(ref _seq, seq);
        return Task.CompletedTask;
    }
}
