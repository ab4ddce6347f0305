using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>
/// A FrontAlert server that may deliver to loopback (as tests must), with quick retries and sweeps, and a local push
/// service and webhook receiver beside it.
/// </summary>
public sealed class DeliveryServer : IAsyncLifetime
{
    public const int TimeToLive = 3600;
    public const int MaxFailures = 4;

    public FrontAlertServer Server { get; private set; } = null!;
    public LocalReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await LocalReceiver.Start();
        Server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
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
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
