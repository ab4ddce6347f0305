using FrontAlert.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FrontAlert.Hosting;

/// <summary>
/// OpenTelemetry for every FrontAlert host: ASP.NET Core, Kestrel, SignalR connections, the runtime, Orleans and
/// FrontAlert's own meter, scraped at <c>/metrics</c>; traces from the HTTP request through the grain calls
/// (Orleans propagates the activity) to the alert append. Both also go over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the standard variable every collector documents.
/// </summary>
public static class TelemetryDefaults
{
    private static readonly string[] Meters =
    [
        FrontAlertTelemetry.Name,
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.SignalR",
    ];

    /// <param name="untraced">
    /// Requests that get no trace of their own: a hub connection's request lasts as long as the connection, so its
    /// span would only be exported when the client leaves, and until then its tags stay alive with every idle
    /// subscriber. What the connection does is traced where it happens (the grain calls, the alert append).
    /// </param>
    public static IHostApplicationBuilder AddFrontAlertTelemetry(this IHostApplicationBuilder builder, string serviceName,
        Func<HttpContext, bool>? untraced = null)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters)
                // Every scrape sees the figures of that moment; Prometheus scrapes seconds apart anyway.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(tracing => tracing
                .AddSource(FrontAlertTelemetry.Name, "Microsoft.Orleans.*")
                // Scrapes and probes every few seconds would drown the traces worth reading.
                .AddAspNetCoreInstrumentation(o => o.Filter = c =>
                    !c.Request.Path.StartsWithSegments(MetricsDefaults.Path) && !c.Request.Path.Value!.Contains("/health/", StringComparison.Ordinal)
                    && untraced?.Invoke(c) != true)
                .AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
        return builder;
    }
}
