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
    private long _generation;

    public ValueTask<Domain.Catalog> Get()
    {
        if (_checkedAt is { } checkedAt && clock.GetElapsedTime(checkedAt) < Freshness)
        {
            return ValueTask.FromResult(_current);
        }
        return new ValueTask<Domain.Catalog>(_refresh ??= Refresh());
    }

    /// <summary>Forgets freshness; a refresh already under way will not mark its (possibly older) answer fresh.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _checkedAt = null;
        _refresh = null; // the next reader starts a refresh that sees the change, instead of joining an older one
    }

    private async Task<Domain.Catalog> Refresh()
    {
        try
        {
            var grain = grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);
            var checkedAt = clock.GetTimestamp();
            var generation = Interlocked.Read(ref _generation);
            if (await grain.Version() != _current.Version || _current.Version == 0)
            {
                _current = (await grain.Snapshot()).ToCatalog();
            }
            if (Interlocked.Read(ref _generation) == generation)
            {
                _checkedAt = checkedAt;
            }
            return _current;
        }
        finally
        {
            _refresh = null;
        }
    }
}
