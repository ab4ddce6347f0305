using FrontAlert.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
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
/// Traces are recorded only when they can go somewhere: with that variable set, or with <see cref="TracesSetting"/>
/// for an exporter added in code. Without a listener no span is created at all, which a host with no collector would
/// otherwise pay for on every request, grain call and push (ADR 0028).
/// </summary>
public static class TelemetryDefaults
{
    /// <summary>Records traces without an OTLP endpoint, for an exporter or processor added in code.</summary>
    public const string TracesSetting = "FrontAlert:Telemetry:Traces";

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
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters)
                // Every scrape sees the figures of that moment; Prometheus scrapes seconds apart anyway.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (otlp || builder.Configuration.GetValue<bool>(TracesSetting))
        {
            otel.WithTracing(tracing => tracing
                .AddSource(FrontAlertTelemetry.Name, "Microsoft.Orleans.*")
                // Scrapes and probes every few seconds would drown the traces worth reading.
                .AddAspNetCoreInstrumentation(o => o.Filter = c =>
                    !c.Request.Path.StartsWithSegments(MetricsDefaults.Path) && !c.Request.Path.Value!.Contains("/health/", StringComparison.Ordinal)
                    && untraced?.Invoke(c) != true)
                .AddHttpClientInstrumentation());
        }
        if (otlp)
        {
            otel.UseOtlpExporter();
        }
        return builder;
    }
}
