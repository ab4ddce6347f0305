using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>A <see cref="DeliveryServer"/> on its own redis-server, so a restart keeps Subscriptions, cursors and groups.</summary>
public sealed class DurableDeliveryServer : DeliveryServer
{
    private readonly RedisServer _redis = new("always");

    protected override string? Redis => _redis.ConnectionString;

    public override async Task InitializeAsync()
    {
        await _redis.Start();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
