using FrontAlert.Grains;
using Orleans.Configuration;

namespace FrontAlert.Web;

/// <summary>
/// Makes this web node either host a silo (embedded default, or a combined node of a Redis cluster) or act as a
/// plain Orleans client of a cluster on Redis. One cluster client per process either way.
/// </summary>
public static class OrleansSetup
{
    public static void AddFrontAlertOrleans(this WebApplicationBuilder builder, FrontAlertOptions options, string? redis)
    {
        if (options.HostSilo)
        {
            builder.UseOrleans(silo =>
            {
                silo.AddFrontAlert(redis);
                silo.UseFrontAlertClustering(redis, options.ClusterId,
                    options.SiloPort == 0 ? EndpointOptions.DEFAULT_SILO_PORT : options.SiloPort,
                    options.GatewayPort == 0 ? EndpointOptions.DEFAULT_GATEWAY_PORT : options.GatewayPort);
            });
            return;
        }
        if (redis is null)
        {
            throw new InvalidOperationException("FrontAlert:HostSilo=false needs ConnectionStrings:redis to find the cluster");
        }
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (options.ClusterId, FrontAlertSilo.ServiceId));
            client.UseRedisClustering(redis);
            client.Configure<GatewayOptions>(Membership.TuneClient);
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = Membership.ResponseTimeout);
            client.Services.AddFrontAlertSerialization();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddFrontAlertRedis(redis);
    }
}
