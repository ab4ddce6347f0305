namespace FrontAlert.Client;

/// <summary>
/// Where an app keeps the seq of the last alert it has handled, so that after a restart (or a day offline) the
/// stream resumes right after it: nothing missed, nothing shown twice. The seq is kept with the log's epoch it was
/// read in, so the server can tell when the log no longer holds what the seq pointed at; a store that keeps no
/// epoch still works, and the server then checks the seq against the log's end only.
/// </summary>
public interface ISeqStore
{
    /// <summary>The saved seq, or null when nothing was ever saved (start from the beginning, or from now).</summary>
    Task<long?> Load(CancellationToken cancel = default);

    Task Save(long seq, CancellationToken cancel = default);

    /// <summary>The epoch saved with the seq, or null.</summary>
    Task<string?> LoadEpoch(CancellationToken cancel = default) => Task.FromResult<string?>(null);

    Task Save(long seq, string? epoch, CancellationToken cancel = default) => Save(seq, cancel);
}
