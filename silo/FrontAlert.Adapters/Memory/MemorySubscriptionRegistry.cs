using FrontAlert.Contracts;

namespace FrontAlert.Adapters;

/// <summary>The embedded default's registry: one process, gone on restart like every Subscription.</summary>
public sealed class MemorySubscriptionRegistry : ISubscriptionRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    public Task<bool> TryAdd(string id, string owner, int cap)
    {
        lock (_lock)
        {
            if (cap > 0 && _owners.Values.Count(o => o == owner) >= cap)
            {
                return Task.FromResult(false);
            }
            _owners[id] = owner;
            return Task.FromResult(true);
        }
    }

    public Task Remove(string id)
    {
        lock (_lock)
        {
            _owners.Remove(id);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> Ids()
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _owners.Keys]);
        }
    }
}
