using FrontAlert.Contracts;
using FrontAlert.Domain;
using FrontAlert.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FrontAlert.Grains.Tests.Parts;

/// <summary>
/// The per-process catalog cache against the real catalog grain, on a clock the test moves: memory within a second,
/// a snapshot only when the version moved, a held catalog served at once while the grain does not answer, and a change
/// made here visible here at once.
/// </summary>
public sealed class CatalogCacheTests(CatalogCluster fixture) : IClassFixture<CatalogCluster>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();
    private CatalogCalls Calls => fixture.Calls;
    private ICatalogGrain Catalog => fixture.Grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);

    public void Dispose() => Calls.Release();

    [Fact]
    public async Task Reads_within_a_second_ask_nothing_and_a_stale_read_takes_no_snapshot_when_the_version_is_the_same()
    {
        Calls.Begin();
        var cache = new CatalogCache(fixture.Grains, _clock);

        var first = await cache.Get();
        Assert.True(first.Version > 0);
        Assert.Equal((1, 1), (Calls.Versions, Calls.Snapshots));

        _clock.Advance(CatalogCache.Freshness - TimeSpan.FromMilliseconds(1));
        Assert.Same(first, await cache.Get());
        Assert.Equal((1, 1), (Calls.Versions, Calls.Snapshots));

        // A second old and unchanged: the cache asks for the version, and takes no snapshot.
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Same(first, await cache.Get());
        await Settled(cache);
        Assert.Equal(1, Calls.Snapshots);
        Assert.Same(first, await cache.Get());
    }

    [Fact]
    public async Task A_change_made_by_another_process_shows_once_the_held_catalog_is_a_second_old()
    {
        Calls.Begin();
        var cache = new CatalogCache(fixture.Grains, _clock);
        await cache.Get();

        // No Invalidate here: this cache did not make the change.
        var actor = new Actor($"cache-elsewhere-{Guid.NewGuid():N}", "Elsewhere", Side.Other);
        await Catalog.PutActor(actor);
        _clock.Advance(CatalogCache.Freshness - TimeSpan.FromMilliseconds(1));
        Assert.DoesNotContain(actor.Id, (await cache.Get()).Actors.Keys);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var fresh = await Eventually.Get(() => cache.Get().AsTask(), c => c.Actors.ContainsKey(actor.Id), Patience);
        Assert.Contains(actor.Id, fresh.Actors.Keys);
        Assert.Equal((2, 2), (Calls.Versions, Calls.Snapshots));
    }

    [Fact]
    public async Task A_held_catalog_is_served_at_once_while_the_catalog_grain_does_not_answer()
    {
        Calls.Begin();
        var cache = new CatalogCache(fixture.Grains, _clock);
        var held = await cache.Get();

        Calls.Hold();
        _clock.Advance(CatalogCache.Freshness);
        var read = cache.Get().AsTask();
        Assert.True(read.IsCompletedSuccessfully, "a stale read waited for the catalog grain");
        Assert.Same(held, await read);
        await Eventually.Until(() => Task.FromResult(Calls.Held), n => n == 1, Patience);

        // Readers keep being served from memory, and they share the one refresh that is stuck.
        for (var i = 0; i < 5; i++)
        {
            var again = cache.Get().AsTask();
            Assert.True(again.IsCompletedSuccessfully);
            Assert.Same(held, await again);
        }
        Assert.Equal(2, Calls.Versions);

        // A process that holds nothing yet has nothing to serve: its first reader waits for the grain.
        var empty = new CatalogCache(fixture.Grains, _clock).Get().AsTask();
        Assert.False(empty.IsCompleted);
        Calls.Release();
        Assert.True((await empty.WaitAsync(Patience)).Version > 0);
    }

    [Fact]
    public async Task After_Invalidate_the_next_read_waits_for_a_catalog_with_this_processs_change()
    {
        Calls.Begin();
        var cache = new CatalogCache(fixture.Grains, _clock);
        await cache.Get();

        var actor = new Actor($"cache-here-{Guid.NewGuid():N}", "Here", Side.Other);
        await Catalog.PutActor(actor);
        Assert.DoesNotContain(actor.Id, (await cache.Get()).Actors.Keys); // memory, as the catalog is not a second old
        cache.Invalidate();
        Assert.Contains(actor.Id, (await cache.Get()).Actors.Keys); // same instant: the read went to the grain

        // It waits even though it holds a catalog it could serve, and even while the grain is slow.
        var second = new Actor($"cache-here-{Guid.NewGuid():N}", "Here too", Side.Other);
        await Catalog.PutActor(second);
        Calls.Hold();
        cache.Invalidate();
        var read = cache.Get().AsTask();
        Assert.False(read.IsCompleted);
        await Eventually.Until(() => Task.FromResult(Calls.Held), n => n == 1, Patience);
        Calls.Release();
        Assert.Contains(second.Id, (await read.WaitAsync(Patience)).Actors.Keys);
    }

    /// <summary>
    /// Waits until the refresh in flight has finished. The cache runs one refresh at a time, so once a later stale read
    /// has made a version check of its own, the refresh before it is over and everything it fetched is counted.
    /// </summary>
    private async Task Settled(CatalogCache cache)
    {
        var versions = Calls.Versions;
        _clock.Advance(CatalogCache.Freshness);
        var after = await Eventually.Get(async () => { await cache.Get(); return Calls.Versions; }, n => n > versions, Patience);
        Assert.True(after > versions, "the refresh in flight never finished");
    }
}
