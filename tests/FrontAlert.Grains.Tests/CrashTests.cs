using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;
using FrontAlert.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using StackExchange.Redis;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// The outbox promise: an alert decided and stored but not yet in the log when the silo dies is logged after the
/// restart, by the pending sweep and without anyone calling the location, and exactly once.
/// </summary>
public sealed class CrashTests : IAsyncLifetime
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
            silo.Services.AddSingleton<IAlertLog>(sp => new GatedAlertLog(new RedisAlertLog(sp.GetRequiredService<IConnectionMultiplexer>())));
            silo.AddFrontAlert(redis);
        });
        builder.ConfigureClient(client => client.Services.AddFrontAlertSerialization());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        GatedAlertLog.Closed = false;
        await _cluster.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_silo_killed_between_state_write_and_log_append_logs_the_alert_once_after_restart()
    {
        var grains = _cluster.Client;
        var tree = await Tree.Create(grains);
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutRule(new Rule { Id = "crash-watch", Kind = RuleKind.Strike, ScopeId = tree.Town, MinKilled = 1 });
        GatedAlertLog.Closed = true;

        var ingest = grains.GetGrain<ILocationGrain>(tree.Town).Ingest([Reports.Strike("crash-1", tree.Town, 8)]);
        await GatedAlertLog.Reached.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await _cluster.KillSiloAsync(_cluster.Silos[0]);
        GatedAlertLog.Closed = false;
        await Assert.ThrowsAnyAsync<Exception>(() => ingest.WaitAsync(TimeSpan.FromSeconds(60)));

        await _cluster.StartAdditionalSiloAsync();
        var log = new RedisAlertLog(await _redis.Connect());
        var logged = await Eventually.Get(() => log.Read(0, 100), a => a.Count > 0, TimeSpan.FromSeconds(60));
        var alert = Assert.Single(logged);
        Assert.Equal("crash-watch", alert.RuleId);
        Assert.Equal(["crash-1"], alert.ReportIds);
        Assert.Equal(1, alert.Seq);
        // Touching the location again, and re-posting the report, neither repeats it. (Through the new silo: the
        // test client may still be dialling the dead silo's gateway.)
        var survivor = _cluster.Silos[^1].ServiceProvider.GetRequiredService<IGrainFactory>();
        await survivor.GetGrain<ILocationGrain>(tree.Town).Flush();
        Assert.Equal([IngestStatus.Duplicate], await survivor.GetGrain<ILocationGrain>(tree.Town).Ingest([Reports.Strike("crash-1", tree.Town, 8)]));
        Assert.Single(await log.Read(0, 100));
    }
}
