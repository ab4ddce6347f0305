using System.Text.Json.Serialization;
using FrontAlert.Wire;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

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
            })
            .AddMessagePackProtocol();
        // MessagePack carries what the JSON protocol would write, field for field (JsonShapedResolver, ADR 0018)
        services.AddOptions<MessagePackHubProtocolOptions>()
            .Configure<IOptions<JsonHubProtocolOptions>>((msgpack, json) =>
                msgpack.SerializerOptions = JsonShapedResolver.Options(json.Value.PayloadSerializerOptions));
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
