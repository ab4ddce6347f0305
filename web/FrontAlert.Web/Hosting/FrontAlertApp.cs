using FrontAlert.Contracts;
using FrontAlert.Hosting;
using Serilog.Events;

namespace FrontAlert.Web;

/// <summary>
/// Builds the FrontAlert web node. Tests build it too, on a real Kestrel port, with their own configuration.
/// </summary>
public static class FrontAlertApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // "--demo" is a switch, not a setting: the configuration parser would take the next argument as its value.
        var builder = WebApplication.CreateBuilder([.. args.Where(a => a != DemoSetup.Switch)]);
        configure?.Invoke(builder);
        var logger = builder.AddFrontAlertSerilog(log => log
            // SignalR logs every HubException as an error; HubErrors logs our own failures instead.
            .MinimumLevel.Override("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogEventLevel.Fatal));
        builder.Services.AddFrontAlertRequestLogging(logger);
        builder.AddFrontAlertTelemetry("frontalert-web", untraced: HubSetup.IsConnection);

        var section = builder.Configuration.GetSection(FrontAlertOptions.Section);
        var options = section.Get<FrontAlertOptions>() ?? new FrontAlertOptions();
        builder.Services.Configure<FrontAlertOptions>(section);
        builder.Services.Configure<CapOptions>(builder.Configuration.GetSection(CapOptions.Section));
        var redis = builder.Configuration.GetConnectionString("redis") is { Length: > 0 } r ? r : null;
        builder.AddFrontAlertOrleans(options, redis);

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = ReportBody.MaxBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddFrontAlertOpenApi();
        builder.Services.AddExceptionHandler<UnavailableHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.AllowOutOfOrderMetadataProperties = true;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });
        var limits = section.GetSection("Limits").Get<LimitOptions>() ?? new LimitOptions();
        builder.Services.AddFrontAlertSecurity(limits);
        builder.Services.AddFrontAlertRateLimits(limits);
        builder.Services.AddSingleton<Ingestor>();
        builder.Services.AddSingleton<AcledImporter>();
        builder.Services.Configure<AcledOptions>(builder.Configuration.GetSection(AcledOptions.Section));
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        builder.Services.AddFrontAlertHub();
        builder.Services.Configure<HubOptions>(section.GetSection(HubOptions.Section));
        builder.AddFrontAlertDemo(args);

        var app = builder.Build();
        // a bad key configuration stops the node at startup, naming the setting, rather than at the first request
        app.Services.GetRequiredService<ApiKeyRing>();
        if (options.ForwardedHeaders.KnownProxies is { Length: > 0 } proxies)
        {
            app.UseFrontAlertForwardedHeaders(proxies);
        }
        app.UseUnlessHubConnection(b => b.UseExceptionHandler().UseStatusCodePages());
        app.UseFrontAlertRequestLogging(logger);
        app.UseFrontAlertPages();
        app.UseAuthenticationUnlessHubConnection();
        app.UseRejectUnknownKeys();
        var hubConnects = app.Services.GetRequiredService<HubConnectLimit>();
        app.UseWhen(c => c.Request.Path.StartsWithSegments(HubSetup.Path), b => b.Use(next => c => hubConnects.Invoke(c, next)));
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapFrontAlertMetrics(c => c.User.Identity?.IsAuthenticated == true ? c.User.IsInRole(Roles.Operator) : null);

        app.MapOpenApi();
        app.MapFrontAlertApiReference();
        var api = app.MapGroup("/api/v1").Described();
        api.MapLocations();
        api.MapActorsAndSources();
        api.MapReports();
        api.MapImports();
        api.MapRules();
        api.MapSilences();
        api.MapAlerts();
        api.MapAlert();
        api.MapFormats();
        api.MapMap();
        api.MapFrontAlertHealth();
        api.MapSubscriptions();
        app.MapHub<AlertHub>(HubSetup.Path);

        app.Lifetime.ApplicationStarted.Register(() => Announce(app, options, redis));
        return app;
    }

    private static void Announce(WebApplication app, FrontAlertOptions options, string? redis)
    {
        var log = app.Services.GetRequiredService<ILogger<WebApplication>>();
        if (redis is null)
        {
            log.LogWarning("""

                ************************************************************************
                *  FrontAlert is running on its EMBEDDED DEFAULT: in-memory storage,   *
                *  localhost clustering. NOTHING IS DURABLE: a restart loses every     *
                *  report, rule and alert. Set ConnectionStrings__redis for durability. *
                ************************************************************************
                """);
        }
        else
        {
            log.LogInformation("FrontAlert is durable on Redis; {Role}, cluster {ClusterId}",
                options.HostSilo ? "hosting a silo" : "as a client of the cluster", options.ClusterId);
        }
    }
}
