using Scalar.AspNetCore;

namespace FrontAlert.Web;

/// <summary>
/// <c>/reference/v1</c>: the OpenAPI document as a browsable API reference (Scalar), served by the app itself. Its
/// script is the one embedded in the Scalar.AspNetCore package (<c>/reference/scalar.js</c>); the fonts it would fetch
/// from a CDN, its telemetry, its AI agent, its MCP link and its developer toolbar are off, so the page loads nothing
/// from elsewhere.
/// </summary>
public static class ApiReference
{
    public const string Path = "/reference";

    public static void MapFrontAlertApiReference(this WebApplication app) =>
        app.MapScalarApiReference(Path, o => o
            .WithTitle("FrontAlert API reference")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .ExpandAllTags())
            .ExcludeFromDescription();

    /// <summary>
    /// The pages' policy, but Scalar starts itself from an inline script (its configuration, written per request), so
    /// this page alone may run inline scripts; every source is still this app.
    /// </summary>
    public static string Policy(string pages) => pages.Replace("script-src 'self'", "script-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
}
