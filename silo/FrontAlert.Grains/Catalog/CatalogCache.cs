using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// Each process's view of the catalog. It asks the catalog grain for its version at most once per
/// <see cref="Freshness"/> and fetches a snapshot only when that changed, so the hot ingest path reads memory.
/// A change made through this process is visible here at once; elsewhere within <see cref="Freshness"/> (ADR 0004).
/// </summary>
public sealed class CatalogCache(IGrainFactory grains, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private Domain.Catalog _current = Domain.Catalog.Empty;
    private long? _checkedAt;
    private Task<Domain.Catalog>? _refresh;

    public ValueTask<Domain.Catalog> Get()
    {
        if (_checkedAt is { } checkedAt && clock.GetElapsedTime(checkedAt) < Freshness)
        {
            return ValueTask.FromResult(_current);
        }
        return new ValueTask<Domain.Catalog>(_refresh ??= Refresh());
    }

    public void Invalidate() => _checkedAt = null;

    private async Task<Domain.Catalog> Refresh()
    {
        try
        {
            var grain = grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);
            var checkedAt = clock.GetTimestamp();
            if (await grain.Version() != _current.Version || _current.Version == 0)
            {
                _current = (await grain.Snapshot()).ToCatalog();
            }
            _checkedAt = checkedAt;
            return _current;
        }
        finally
        {
            _refresh = null;
        }
    }
}
