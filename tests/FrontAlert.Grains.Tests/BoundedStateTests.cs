using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;
using StackExchange.Redis;
using FrontAlert.Testing;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// A busy place must not make every write slower: what a location writes per state save stays the same size whether
/// it has taken two thousand reports or twenty thousand (the history lives in the report store). Measured in bytes
/// stored, not in seconds. A write also carries the batch it acknowledges (its outbox), so both measurements are taken
/// after the same small batch.
/// </summary>
public sealed class BoundedStateTests(RedisCluster fixture) : IClassFixture<RedisCluster>
{
    [Fact]
    public async Task A_location_stores_the_same_few_kilobytes_after_twenty_thousand_reports_as_after_two_thousand()
    {
        var tree = await Tree.Create(fixture.Grains);
        var town = fixture.Grains.GetGrain<ILocationGrain>(tree.Town);
        await Feed(town, tree.Town, from: 0, count: 2_000);
        await town.Ingest([.. Enumerable.Range(0, 10).Select(n => Reports.Strike($"small-early-{n}", tree.Town, 1))]);
        var early = await StoredBytes(tree.Town);

        await Feed(town, tree.Town, from: 2_000, count: 18_000);
        await town.Ingest([.. Enumerable.Range(0, 10).Select(n => Reports.Strike($"small-late-{n}", tree.Town, 1))]);
        var late = await StoredBytes(tree.Town);

        Assert.True(late <= early * 1.05 + 512, $"state grew from {early} to {late} bytes");
        Assert.True(late < 64 * 1024, $"state is {late} bytes");
        // The root hears every event of its tree and has no parent to hand them to: it must not keep them either.
        var root = await StoredBytes(tree.Country);
        Assert.True(root < 64 * 1024, $"the country's state is {root} bytes");
        var timeline = await Eventually.Get(() => fixture.Silo<IReportStore>().Timeline(tree.Town, 1000), t => t.Count == 1000);
        Assert.Equal(1000, timeline.Count);
        Assert.Equal(20_020, (await town.State())!.Tolls["killed"].Incidents);
    }

    private static async Task Feed(ILocationGrain town, string place, int from, int count)
    {
        for (var i = from; i < from + count; i += 1_000)
        {
            await town.Ingest([.. Enumerable.Range(i, 1_000).Select(n => Reports.Strike($"bulk-{n}", place, 1))]);
        }
    }

    private async Task<long> StoredBytes(string place)
    {
        await using var redis = await fixture.Redis.Connect();
        var key = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: $"*state/location/{place}*").Single();
        var fields = await redis.GetDatabase().HashGetAllAsync(key);
        return fields.Sum(f => ((byte[])f.Value!).LongLength);
    }
}
