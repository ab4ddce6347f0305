using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>
/// A FrontAlert server that may deliver to loopback (as tests must), with quick retries and sweeps, and a local push
/// service and webhook receiver beside it. In memory; <see cref="DurableDeliveryServer"/> keeps it on Redis.
/// </summary>
public class DeliveryServer : IAsyncLifetime
{
    private readonly string _clusterId = "delivery-" + Guid.NewGuid().ToString("N")[..8];

    public const int TimeToLive = 3600;
    public const int MaxFailures = 4;

    public FrontAlertServer Server { get; private set; } = null!;
    public LocalReceiver Receiver { get; private set; } = null!;

    /// <summary>The Redis the server keeps its state in, or null for memory.</summary>
    protected virtual string? Redis => null;

    public virtual async Task InitializeAsync()
    {
        Receiver = await LocalReceiver.Start();
        Server = await StartServer();
    }

    /// <summary>Stops the server and starts another on the same storage, as a redeploy does.</summary>
    public async Task Restart()
    {
        await Server.DisposeAsync();
        Server = await StartServer();
    }

    private Task<FrontAlertServer> StartServer() =>
        FrontAlertServer.Start(Redis, _clusterId, settings: new Dictionary<string, string?>
        {
            ["FrontAlert:Delivery:AllowPrivateEndpoints"] = "true",
            ["FrontAlert:Delivery:FirstRetryMilliseconds"] = "200",
            ["FrontAlert:Delivery:MaxRetrySeconds"] = "2",
            ["FrontAlert:Delivery:MaxFailures"] = MaxFailures.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FrontAlert:Delivery:SweepSeconds"] = "1",
            ["FrontAlert:Delivery:TimeToLiveSeconds"] = TimeToLive.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FrontAlert:Delivery:MaxPerAddress"] = "1000",
            ["FrontAlert:Limits:SubscriptionsPerMinute"] = "0",
        });

    public virtual async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
