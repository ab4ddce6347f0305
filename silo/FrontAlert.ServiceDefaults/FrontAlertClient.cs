using FrontAlert.Adapters;
using FrontAlert.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace FrontAlert.Hosting;

/// <summary>A process that is a plain Orleans client of a FrontAlert cluster on Redis (a web node with HostSilo=false).</summary>
public static class FrontAlertClient
{
    public static IHostApplicationBuilder AddFrontAlertClient(this IHostApplicationBuilder builder, string redis, string clusterId)
    {
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, FrontAlertSilo.ServiceId));
            client.UseRedisClustering(redis);
            client.Configure<GatewayOptions>(Membership.TuneClient);
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = Membership.ResponseTimeout);
            client.Services.AddFrontAlertSerialization();
            client.AddActivityPropagation();
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<CatalogCache>();
        builder.Services.AddFrontAlertRedis(redis);
        return builder;
    }
}
