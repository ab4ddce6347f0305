using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontAlert.Hosting;

/// <summary>
/// The one readiness implementation of every FrontAlert host. <c>live</c> answers while the process runs;
/// <c>ready</c> runs the checks: the cluster always, Redis when durable (the embedded default says it is not).
/// Both answer <c>{status, checks: {name: "ok" | reason}}</c>.
/// </summary>
public static class HealthDefaults
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);
    /// <summary>The tag of every check readiness runs; a host adds its own checks with it.</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddFrontAlertHealthChecks(this IServiceCollection services, bool durable)
    {
        var checks = services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [Ready]);
        if (durable)
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        }
        else
        {
            checks.AddCheck("storage", () => HealthCheckResult.Healthy(NotDurable), tags: [Ready]);
        }
        return services;
    }

    public const string NotDurable = "memory (not durable)";

    /// <summary>Maps <c>{prefix}/health/live</c> and <c>{prefix}/health/ready</c>.</summary>
    public static void MapFrontAlertHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = Write,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status == HealthStatus.Healthy
            ? e.Value.Description ?? "ok"
            : e.Value.Description ?? e.Value.Exception?.GetType().Name ?? e.Value.Status.ToString());
        var status = report.Status == HealthStatus.Healthy ? "ready" : "unavailable";
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status, checks }, JsonSerializerOptions.Web));
    }
}
