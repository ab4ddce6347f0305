using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// One embedded server for the tests of the <see cref="ServerCollection"/>. Tests run one after another in it and each
/// uses its own ids and its own scope, so the alerts of one never land in another's window.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public FrontAlertServer Server { get; private set; } = null!;

    public Uri Address => Server.Address;

    public FrontAlertClient Anonymous { get; private set; } = null!;
    public FrontAlertClient Operator { get; private set; } = null!;
    public FrontAlertClient Reporter { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FrontAlertServer.Start();
        Anonymous = new FrontAlertClient(Server.Anonymous);
        Operator = new FrontAlertClient(Server.Anonymous, Keys.Operator);
        Reporter = new FrontAlertClient(Server.Anonymous, Keys.Reporter);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
