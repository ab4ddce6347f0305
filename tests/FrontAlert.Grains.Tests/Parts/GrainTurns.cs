namespace FrontAlert.Grains.Tests.Parts;

/// <summary>
/// A scheduler like a grain's: one turn at a time, and every await inside a turn comes back to it. GroupCommit, Pump
/// and Watermark keep plain fields without locks because grains run them this way, so their tests call them here.
/// </summary>
public sealed class GrainTurns
{
    private readonly TaskScheduler _scheduler = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;

    /// <summary>Runs <paramref name="turn"/> up to its first await and hands back what it returned (a task still running).</summary>
    public Task<T> Start<T>(Func<T> turn) =>
        Task.Factory.StartNew(turn, CancellationToken.None, TaskCreationOptions.None, _scheduler);

    /// <summary>Reads state that only the scheduler's turns touch.</summary>
    public Task<T> Read<T>(Func<T> read) => Start(read);
}
