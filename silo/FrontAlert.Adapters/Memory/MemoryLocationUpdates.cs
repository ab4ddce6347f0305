using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Adapters;

/// <summary>The embedded default's feed: silo and web share one process.</summary>
public sealed class MemoryLocationUpdates : ILocationUpdates
{
    private event Action<LocationUpdate>? Changed;

    public void Publish(LocationUpdate update) => Changed?.Invoke(update);

    public IDisposable OnUpdated(Action<LocationUpdate> changed)
    {
        Changed += changed;
        return new Unwatch(() => Changed -= changed);
    }
}
