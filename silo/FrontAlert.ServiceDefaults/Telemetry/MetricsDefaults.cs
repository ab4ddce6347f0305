using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace FrontAlert.Hosting;

/// <summary>
/// <c>GET /metrics</c> in Prometheus' text format. Open to scrapers on the same machine (loopback); from elsewhere it
/// needs the operator key, because the figures tell an outsider how busy each front is. <c>FrontAlert:Metrics:Open</c>
/// opens it to everyone (a private network whose scraper cannot send headers).
/// </summary>
public static class MetricsDefaults
{
    public const string Path = "/metrics";

    /// <param name="isOperator">Whether the request carries the operator's key, as this host checks keys.</param>
    public static WebApplication MapFrontAlertMetrics(this WebApplication app, Func<HttpContext, bool?> isOperator)
    {
        var open = app.Configuration.GetValue<bool>("FrontAlert:Metrics:Open");
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            var remote = context.Connection.RemoteIpAddress;
            var allowed = open || (remote is not null && IPAddress.IsLoopback(remote)) ? true : isOperator(context);
            if (allowed == true)
            {
                await next();
                return;
            }
            // null: no key presented (401); false: a key without the operator role (403).
            context.Response.StatusCode = allowed is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            await Results.Problem(statusCode: context.Response.StatusCode,
                detail: "metrics are open on loopback; from elsewhere send the operator key in X-Api-Key").ExecuteAsync(context);
        }));
        app.MapPrometheusScrapingEndpoint(Path);
        return app;
    }
}
