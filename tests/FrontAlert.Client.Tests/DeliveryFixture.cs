using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// A server that may deliver to loopback receivers (<c>FrontAlert:Delivery:AllowPrivateEndpoints</c>, as tests and
/// on-premise receivers need) and lets one address create many Subscriptions, with a push receiver beside it.
/// </summary>
public sealed class DeliveryFixture : IAsyncLifetime
{
    public FrontAlertServer Server { get; private set; } = null!;
    public PushReceiver Receiver { get; private set; } = null!;
    public Uri Address => Server.Address;
    public FrontAlertClient Anonymous { get; private set; } = null!;
    public FrontAlertClient Operator { get; private set; } = null!;
    public FrontAlertClient Reporter { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await PushReceiver.Start();
        Server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
        {
            ["FrontAlert:Delivery:AllowPrivateEndpoints"] = "true",
            ["FrontAlert:Delivery:MaxPerAddress"] = "1000",
            ["FrontAlert:Delivery:SweepSeconds"] = "1",
            ["FrontAlert:Limits:SubscriptionsPerMinute"] = "0",
        });
        Anonymous = new FrontAlertClient(Server.Anonymous);
        Operator = new FrontAlertClient(Server.Anonymous, Keys.Operator);
        Reporter = new FrontAlertClient(Server.Anonymous, Keys.Reporter);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DeliveryCollection : ICollectionFixture<DeliveryFixture>
{
    public const string Name = "delivery server";
}
