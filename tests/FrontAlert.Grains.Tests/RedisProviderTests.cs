using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using System.Text.Json;
using FrontAlert.Domain;
using StackExchange.Redis;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// Orleans' Redis providers were built against StackExchange.Redis 2.x; we ship 3.x. These prove grain storage works on it against a real server, and that what we store is the contract's JSON.
/// </summary>
public sealed class RedisProviderTests(RedisCluster fixture) : IClassFixture<RedisCluster>
{
    [Fact]
    public async Task Location_state_is_stored_in_Redis_as_readable_contract_JSON()
    {
        var tree = await Tree.Create(fixture.Grains);
        await fixture.Grains.GetGrain<ILocationGrain>(tree.Town).Ingest([Reports.Control("p1", tree.Town, "hts", "sohr")]);
        await using var redis = await fixture.Redis.Connect();
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var key = server.Keys(pattern: $"*{tree.Town}*").Select(k => (string)k!).Single(k => !k.StartsWith("fa:", StringComparison.Ordinal));
        // Orleans' Redis storage keeps a hash per grain: an etag field and the state serialized by DomainStorageSerializer.
        Assert.Equal(RedisType.Hash, await redis.GetDatabase().KeyTypeAsync(key));
        var fields = await redis.GetDatabase().HashGetAllAsync(key);
        var text = fields.Select(f => (string)f.Value!).Single(v => v.StartsWith('{'));
        Assert.Contains("\"actorId\":\"hts\"", text, StringComparison.Ordinal);
        Assert.Contains("\"confidence\":\"confirmed\"", text, StringComparison.Ordinal);
        Assert.Equal(tree.Town, JsonDocument.Parse(text).RootElement.GetProperty("locationId").GetString());
    }
}
