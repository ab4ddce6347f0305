using System.Text.Json.Serialization;
using FrontAlert.Wire;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace FrontAlert.Web;

public static class HubSetup
{
    public const string Path = "/hubs/alerts";

    /// <summary>
    /// The request that carries a hub connection (WebSocket, server-sent events; not negotiate) and presents no key:
    /// it lasts as long as the connection. Such requests skip the middleware that would hold per-request state for
    /// that long and that a hub connection does not use (<see cref="UseUnlessHubConnection"/>).
    /// </summary>
    public static bool IsConnection(HttpContext context) =>
        context.Request.Path == Path && !context.Request.Headers.ContainsKey(ApiKeyHandler.Header);

    /// <summary>
    /// Runs <paramref name="branch"/>'s middleware for every request but a keyless hub connection's. The hub answers no
    /// status page, throws nothing past SignalR and reads no identity, and at 10,000 idle subscribers each awaiting
    /// middleware's state is kilobytes of the node's memory (docs/adr/0023-idle-hub-connections.md).
    /// </summary>
    public static IApplicationBuilder UseUnlessHubConnection(this IApplicationBuilder app, Action<IApplicationBuilder> branch) =>
        app.UseWhen(c => !IsConnection(c), branch);

    /// <summary>
    /// Authentication for every request but a keyless hub connection's (nothing in the hub reads the identity). The
    /// mark is what <c>UseAuthentication</c> itself sets: a branch's properties do not reach the application, and
    /// without it <c>WebApplication</c> would add authentication again, for every request, ahead of the pipeline.
    /// </summary>
    public static void UseAuthenticationUnlessHubConnection(this WebApplication app)
    {
        app.UseUnlessHubConnection(b => b.UseAuthentication());
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
    }

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
