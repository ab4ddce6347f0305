namespace FrontAlert.Client;

/// <summary>
/// Where an app keeps the seq of the last alert it has handled, so that after a restart (or a day offline) the
/// stream resumes right after it: nothing missed, nothing shown twice.
/// </summary>
public interface ISeqStore
{
    /// <summary>The saved seq, or null when nothing was ever saved (start from the beginning, or from now).</summary>
    Task<long?> Load(CancellationToken cancel = default);

    Task Save(long seq, CancellationToken cancel = default);
}
