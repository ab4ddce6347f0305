using FrontAlert.Hosting;
using Orleans.Configuration;

namespace FrontAlert.Web;

/// <summary>
/// Makes this web node either host a silo (embedded default, or a combined node of a Redis cluster) or act as a
/// plain Orleans client of a cluster on Redis. One cluster client per process either way. This is the only place in
/// the web node that reaches the grains and adapters; endpoints and hubs see the contracts alone.
/// </summary>
public static class OrleansSetup
{
    public static void AddFrontAlertOrleans(this WebApplicationBuilder builder, FrontAlertOptions options, string? redis)
    {
        builder.Services.AddFrontAlertHealthChecks(durable: redis is not null);
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
        builder.AddFrontAlertClient(redis, options.ClusterId);
    }
}
