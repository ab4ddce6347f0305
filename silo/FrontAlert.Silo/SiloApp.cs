using System.Net;
using FrontAlert.Hosting;
using Orleans.Dashboard;
using Serilog.Events;

namespace FrontAlert.Silo;

/// <summary>
/// A standalone silo: Redis clustering, grain storage, reminders, the alert log and report store, the pending-work
/// sweeper, the Orleans dashboard at <c>/dashboard</c> and health at <c>/health/live</c> and <c>/health/ready</c>.
/// </summary>
public static class SiloApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddFrontAlertSerilog(log => log.MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning));
        var options = builder.Configuration.GetSection("FrontAlert").Get<SiloOptions>() ?? new SiloOptions();
        var redis = builder.Configuration.GetConnectionString("redis") is { Length: > 0 } r ? r
            : throw new InvalidOperationException("a standalone silo needs ConnectionStrings__redis");
        builder.Services.AddFrontAlertHealthChecks(durable: true);
        builder.AddFrontAlertTelemetry("frontalert-silo");
        builder.UseOrleans(silo =>
        {
            silo.AddFrontAlert(redis);
            silo.UseFrontAlertClustering(redis, options.ClusterId, options.SiloPort, options.GatewayPort);
            if (options.AdvertisedAddress is { } advertised)
            {
                silo.ConfigureEndpoints(Dns.GetHostAddresses(advertised)[0], options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }
            silo.AddDashboard();
        });
        var app = builder.Build();
        app.UseDashboardGuard(options.Dashboard);
        app.MapOrleansDashboard(DashboardGuard.Path);
        app.MapFrontAlertHealth();
        app.MapFrontAlertMetrics(c => OperatorKey.Check(c, builder.Configuration));
        return app;
    }
}
