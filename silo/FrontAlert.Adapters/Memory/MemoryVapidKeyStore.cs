using Microsoft.Extensions.Options;

using FrontAlert.Contracts;

namespace FrontAlert.Adapters;

/// <summary>The embedded default's keys: configured, or generated once per process (browsers must subscribe again after a restart).</summary>
public sealed class MemoryVapidKeyStore(IOptions<DeliveryOptions> options) : IVapidKeyStore
{
    private readonly Lazy<VapidKeys> _keys = new(() => VapidKeys.Configured(options.Value) ?? VapidKeys.Generate());

    public ValueTask<VapidKeys> Get() => ValueTask.FromResult(_keys.Value);
}
