using FrontAlert.Grains;
using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;
using StackExchange.Redis;

namespace FrontAlert.Hosting;

/// <summary>
/// Wires a silo for FrontAlert. Without a Redis connection string: localhost clustering and memory storage, the
/// embedded default that is not durable. With one: Redis clustering, grain storage, reminders, alert log and report store.
/// </summary>
public static class FrontAlertSilo
{
    public const string ServiceId = "frontalert";

    /// <summary>Clustering and endpoints: localhost without Redis, the Redis membership table with it.</summary>
    public static ISiloBuilder UseFrontAlertClustering(this ISiloBuilder silo, string? redis, string clusterId, int siloPort, int gatewayPort)
    {
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, ServiceId));
        if (redis is null)
        {
            return silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: clusterId);
        }
        silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.Configure<ClusterMembershipOptions>(Membership.Tune);
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = Membership.ResponseTimeout);
        return silo.ConfigureEndpoints(System.Net.IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
    }

    /// <summary>Grains, storage, reminders and the stores they publish to; clustering is configured separately.</summary>
    public static ISiloBuilder AddFrontAlert(this ISiloBuilder silo, string? redis)
    {
        silo.Services.AddFrontAlertSerialization();
        silo.AddActivityPropagation();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<CatalogCache>();
        silo.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        silo.Services.AddHostedService<LogTrimmer>();
        silo.Services.AddFrontAlertDelivery();
        if (redis is null)
        {
            // The domain dialect here too: the default (Newtonsoft with type names) cannot read back collections such as
            // a one-element list literal, so a place that was deactivated could never be activated again.
            silo.AddMemoryGrainStorage(FrontAlertStorage.Name, o => o.GrainStorageSerializer = new DomainStorageSerializer());
            silo.UseInMemoryReminderService();
            silo.Services.AddFrontAlertMemory();
            return silo;
        }
        var options = ConfigurationOptions.Parse(redis);
        silo.AddRedisGrainStorage(FrontAlertStorage.Name, o =>
        {
            o.ConfigurationOptions = options.Clone();
            o.GrainStorageSerializer = new DomainStorageSerializer();
        });
        silo.UseRedisReminderService(o => o.ConfigurationOptions = options.Clone());
        silo.Services.AddFrontAlertRedis(redis);
        silo.Services.AddHostedService<PendingSweeper>();
        return silo;
    }
}
