using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

public static class HubSetup
{
    public const string Path = "/hubs/alerts";

    public static IServiceCollection AddFrontAlertHub(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<FanoutHealthCheck>("fanout", tags: [FrontAlert.Hosting.HealthDefaults.Ready]);
        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 256 * 1024;
                o.AddFilter<HubErrors>();
            })
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.AllowOutOfOrderMetadataProperties = true;
                o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            });
        // replaces SignalR's DefaultHubLifetimeManager<AlertHub> (registered for every hub) with the same plus subscribers
        services.AddSingleton<HubLifetimeManager<AlertHub>, AlertConnections>();
        services.AddSingleton<SubscriptionIndex>();
        services.AddSingleton<SubscriberServices>();
        services.AddSingleton<Subscribers>();
        // one instance: the hub waits on it to hold its start position
        services.AddSingleton<AlertFanout>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertFanout>());
        services.AddHostedService<LocationFanout>();
        return services;
    }
}
