using FrontAlert.Contracts;
using FrontAlert.Hosting;
using Orleans.TestingHost;

namespace FrontAlert.Grains.Tests.Parts;

/// <summary>
/// An in-process cluster with the real catalog grain on memory storage, and a client whose calls to it go through
/// <see cref="CatalogCalls"/>: a cache built on <see cref="Grains"/> is seen and, when a test wants, kept waiting.
/// </summary>
public sealed class CatalogCluster : IAsyncLifetime
{
    public CatalogCalls Calls { get; } = new();
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddFrontAlert(redis: null));
        builder.ConfigureClient(client =>
        {
            client.Services.AddFrontAlertSerialization();
            client.AddOutgoingGrainCallFilter(Calls);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        Calls.Release();
        await Cluster.DisposeAsync();
    }
}
