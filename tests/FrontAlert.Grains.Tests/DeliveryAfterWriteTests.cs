using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;
using FrontAlert.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using StackExchange.Redis;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// Issue case 5, deterministic: report A's write is in flight while report B is applied; A's write completes, then B's
/// write fails. The delivery round that follows A's write delivers only what that write covered: B's alert is not
/// logged and B's id is not filed, so B's retry is accepted and raises its alert once.
/// </summary>
public sealed class DeliveryAfterWriteTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        var builder = new InProcessTestClusterBuilder(1);
        var redis = _redis.ConnectionString;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddFrontAlert(redis);
            silo.AddRedisGrainStorage("inner", o =>
            {
                o.ConfigurationOptions = ConfigurationOptions.Parse(redis);
                o.GrainStorageSerializer = new DomainStorageSerializer();
            });
            // Registered last, so the grains' provider name resolves to the wrapper around the real Redis storage.
            silo.Services.AddKeyedSingleton<IGrainStorage>(FrontAlertStorage.Name, (sp, _) => new SecondWriteFails(sp.GetRequiredKeyedService<IGrainStorage>("inner")));
        });
        builder.ConfigureClient(client => client.Services.AddFrontAlertSerialization());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_round_after_a_write_delivers_only_what_that_write_covered()
    {
        var grains = _cluster.Client;
        var tree = await Tree.Create(grains);
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutRule(new Rule { Id = "covered-strikes", Kind = RuleKind.Strike, ScopeId = tree.Town, MinKilled = 1 });
        var town = grains.GetGrain<ILocationGrain>(tree.Town);
        SecondWriteFails.Arm(tree.Town, "covered-b");

        var a = town.Ingest([Reports.Strike("covered-a", tree.Town, 3)]);
        await SecondWriteFails.FirstWriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var b = town.Ingest([Reports.Strike("covered-b", tree.Town, 4)]);

        Assert.Equal([IngestStatus.Accepted], await a);
        await Assert.ThrowsAnyAsync<Exception>(() => b);

        var log = new RedisAlertLog(await _redis.Connect());
        var reports = _cluster.Silos[0].ServiceProvider.GetRequiredService<IReportStore>();
        Assert.Single(await log.Read(0, 100), x => x.ReportIds.Contains("covered-a"));
        Assert.Empty(await reports.Filed(["covered-b"]));

        // B's retry goes to a fresh activation that loaded A's write: accepted, and its alert is raised once.
        var retry = await Eventually.Get(async () =>
        {
            try { return await town.Ingest([Reports.Strike("covered-b", tree.Town, 4)]); }
            catch (PlaceFaultedException) { return null; }
        }, s => s is not null);
        Assert.Equal([IngestStatus.Accepted], retry);
        var alerts = await log.Read(0, 100);
        Assert.Equal(["covered-a", "covered-b"], alerts.Select(x => Assert.Single(x.ReportIds)));
        Assert.Equal(7, (await town.State())!.Tolls["killed"].Incidents);
    }
}
