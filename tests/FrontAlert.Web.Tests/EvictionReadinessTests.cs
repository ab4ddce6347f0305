using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>A Redis that may evict keys would silently break idempotency and exactly-once: the node says it is not ready, and why.</summary>
public sealed class EvictionReadinessTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _server = await FrontAlertServer.Start(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Readiness_fails_with_a_clear_message_while_redis_may_evict_and_recovers_with_noeviction()
    {
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString + ",allowAdmin=true");
        var ready = await Eventually.Get(() => _server.Anonymous.GetAsync("health/ready"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20));
        Assert.True(ready.StatusCode == HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());

        await redis.GetDatabase().ExecuteAsync("CONFIG", "SET", "maxmemory-policy", "allkeys-lru");
        var refused = await _server.Anonymous.GetAsync("health/ready");
        var body = await refused.Read();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var message = body.GetProperty("checks").Str("redis");
        Assert.Contains("maxmemory-policy is 'allkeys-lru'", message, StringComparison.Ordinal);
        Assert.Contains("set maxmemory-policy noeviction", message, StringComparison.Ordinal);

        await redis.GetDatabase().ExecuteAsync("CONFIG", "SET", "maxmemory-policy", "noeviction");
        Assert.Equal(HttpStatusCode.OK, (await _server.Anonymous.GetAsync("health/ready")).StatusCode);
    }
}
