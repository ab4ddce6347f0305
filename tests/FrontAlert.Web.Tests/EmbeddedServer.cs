using FrontAlert.Testing;
namespace FrontAlert.Web.Tests;

/// <summary>One embedded-default server shared by a test class; tests use their own ids so they never collide.</summary>
public sealed class EmbeddedServer : IAsyncLifetime
{
    public FrontAlertServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FrontAlertServer.Start();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
