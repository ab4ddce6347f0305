using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>One durable server (its own redis-server) shared by a test class, for the report store and log lookups.</summary>
public sealed class DurableServer : IAsyncLifetime
{
    private readonly RedisServer _redis = new("everysec");

    public FrontAlertServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _redis.Start();
        Server = await FrontAlertServer.Start(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
