using FrontAlert.Contracts;
namespace FrontAlert.Adapters;

/// <summary>The embedded default has one process: its grain timers retry, and a crash loses everything anyway.</summary>
public sealed class MemoryPendingWork : IPendingWork
{
    public Task Mark(string locationId) => Task.CompletedTask;
    public Task Clear(string locationId) => Task.CompletedTask;
    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([]);
}
