using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Grains;
using FrontAlert.Hosting;
using FrontAlert.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// An in-process Orleans cluster whose grain storage, reminders, alert log and report store are a real redis-server:
/// the providers production runs, on StackExchange.Redis 3.x. (Redis membership is proven by the web host tests,
/// which run the real application in Redis mode; the test cluster keeps its own membership.)
/// </summary>
public sealed class RedisCluster : IAsyncLifetime
{
    public RedisServer Redis { get; } = new();
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        var builder = new InProcessTestClusterBuilder(1);
        var redis = Redis.ConnectionString;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddFrontAlert(redis);
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddFrontAlertSerialization();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Stops every silo and starts a fresh one: all in-memory state is gone, only Redis remains.</summary>
    public async Task RestartSilos()
    {
        foreach (var silo in Cluster.Silos.ToList())
        {
            await Cluster.StopSiloAsync(silo);
        }
        await Cluster.StartAdditionalSiloAsync();
        await Cluster.WaitForLivenessToStabilizeAsync();
    }

    public T Silo<T>() where T : notnull => Cluster.Silos[0].ServiceProvider.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
