namespace FrontAlert.Client;

/// <summary>A seq kept in memory: resume across reconnects and several reads within one process, not across restarts.</summary>
public sealed class MemorySeqStore(long? seq = null, string? epoch = null) : ISeqStore
{
    private readonly Lock _lock = new();
    private long? _seq = seq;
    private string? _epoch = epoch;

    public long? Seq
    {
        get { lock (_lock) { return _seq; } }
    }

    public string? Epoch
    {
        get { lock (_lock) { return _epoch; } }
    }

    public Task<long?> Load(CancellationToken cancel = default) => Task.FromResult(Seq);

    public Task<string?> LoadEpoch(CancellationToken cancel = default) => Task.FromResult(Epoch);

    public Task Save(long seq, CancellationToken cancel = default) => Save(seq, Epoch, cancel);

    public Task Save(long seq, string? epoch, CancellationToken cancel = default)
    {
        lock (_lock)
        {
            (_seq, _epoch) = (seq, epoch);
        }
        return Task.CompletedTask;
    }
}
