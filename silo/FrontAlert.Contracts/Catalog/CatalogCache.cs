using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>
/// Each process's view of the catalog. It asks the catalog grain for its version (<see cref="ICatalogGrain.Mark"/>) at most once per
/// <see cref="Freshness"/> and fetches a snapshot only when that changed, so the hot ingest path reads memory.
/// Stale while revalidating: once it holds a catalog it never makes a caller wait for a refresh, so a catalog grain on
/// a silo that just died cannot stall ingest across the cluster (ADR 0007). Callers wait only when nothing is held yet,
/// or right after this process changed the catalog (<see cref="Invalidate"/>), so a change is visible here at once.
/// Elsewhere it is visible within <see cref="Freshness"/> (ADR 0004).
/// </summary>
public sealed class CatalogCache(IGrainFactory grains, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private Domain.Catalog _current = Domain.Catalog.Empty;
    private Marked? _marked;
    private long? _checkedAt;
    private Task<Domain.Catalog>? _refresh;
    private long _generation;
    private volatile bool _changedHere;

    public ValueTask<Domain.Catalog> Get()
    {
        if (_checkedAt is { } checkedAt && clock.GetElapsedTime(checkedAt) < Freshness)
        {
            return ValueTask.FromResult(_current);
        }
        var refresh = _refresh ??= Refresh();
        if (_current.Version > 0 && !_changedHere)
        {
            _ = refresh.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed; the next reader tries again
            return ValueTask.FromResult(_current);
        }
        return new ValueTask<Domain.Catalog>(refresh);
    }

    /// <summary>
    /// Up to when <paramref name="catalog"/> (a catalog this cache handed out) is known to hold every rule created, in
    /// the catalog's clock; null when that is not known, as for a catalog replaced since.
    /// </summary>
    public DateTimeOffset? CompleteAsOf(Domain.Catalog catalog) =>
        _marked is { } marked && ReferenceEquals(marked.Catalog, catalog) ? marked.AsOf : null;

    /// <summary>This process changed the catalog: the next reader waits for a refresh that sees the change.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _changedHere = true;
        _checkedAt = null;
        _refresh = null;
    }

    private async Task<Domain.Catalog> Refresh()
    {
        try
        {
            var grain = grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);
            var checkedAt = clock.GetTimestamp();
            var generation = Interlocked.Read(ref _generation);
            var mark = await grain.Mark();
            if (mark.Version != _current.Version || _current.Version == 0)
            {
                _current = (await grain.Snapshot()).ToCatalog();
            }
            // A snapshot of this version or newer holds every rule created before the mark's moment.
            _marked = new Marked(_current, mark.CompleteAsOf);
            if (Interlocked.Read(ref _generation) == generation)
            {
                _checkedAt = checkedAt;
                _changedHere = false;
            }
            return _current;
        }
        finally
        {
            _refresh = null;
        }
    }

    private sealed record Marked(Domain.Catalog Catalog, DateTimeOffset AsOf);
}
