using System.Text.Json;
using Microsoft.Extensions.FileProviders;

namespace FrontAlert.Web;

/// <summary>
/// The web pages (live feed, map, location page, operator console), served from the app itself: every script, style,
/// image and the country outline come from <c>wwwroot</c>, and a Content-Security-Policy keeps the browser from
/// loading anything from elsewhere (the one exception is a tile server an operator configures for the map).
/// </summary>
public static class PagesSetup
{
    /// <summary>
    /// The service worker's path. At the root, so its scope (<c>/</c>) covers every page; a worker's script is
    /// governed by the Content-Security-Policy of its own response, so it gets the pages' policy too.
    /// </summary>
    public const string ServiceWorkerPath = "/sw.js";

    public static WebApplication UseFrontAlertPages(this WebApplication app)
    {
        var files = new PhysicalFileProvider(WebRoot(app.Environment));
        var map = app.Configuration.GetSection(MapOptions.Section).Get<MapOptions>() ?? new MapOptions();
        var policy = ContentSecurityPolicy(map);
        var reference = ApiReference.Policy(policy);

        app.Use((context, next) =>
        {
            // a hub connection's 101 is no document; a callback registered here would live as long as the connection
            if (HubSetup.IsConnection(context))
            {
                return next(context);
            }
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // on every response, not on HTML only: a JSON or text answer opened in a browser is a document too
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReference.Path) ? reference : policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c =>
            {
                // Libraries change only with package-lock.json; the pages themselves revalidate (ETag) on every load.
                var path = c.Context.Request.Path;
                c.Context.Response.Headers.CacheControl = path.StartsWithSegments("/lib") ? "public, max-age=3600" : "no-cache";
            },
        });
        app.MapGet("/config.js", () => Results.Text(ConfigScript(map), "text/javascript; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The content root's wwwroot when it holds the pages (<c>dotnet run</c> in the project folder, so edits show at
    /// once), else the copy next to the assembly (tests, <c>dotnet FrontAlert.Web.dll</c> from any folder, publish).
    /// </summary>
    private static string WebRoot(IWebHostEnvironment env)
    {
        var candidates = new[]
        {
            env.WebRootPath,
            Path.Combine(env.ContentRootPath, "wwwroot"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            Path.Combine(Path.GetDirectoryName(typeof(PagesSetup).Assembly.Location) ?? AppContext.BaseDirectory, "wwwroot"),
        };
        return candidates.FirstOrDefault(d => !string.IsNullOrEmpty(d) && File.Exists(Path.Combine(d, "index.html")))
            ?? Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "wwwroot")).FullName;
    }

    private static string ConfigScript(MapOptions map)
    {
        var config = new
        {
            tiles = string.IsNullOrWhiteSpace(map.TileUrl) ? null : new { url = map.TileUrl, attribution = map.TileAttribution ?? "", maxZoom = map.TileMaxZoom },
        };
        return $"window.FRONTALERT = {JsonSerializer.Serialize(config, JsonSerializerOptions.Web)};\n";
    }

    private static string ContentSecurityPolicy(MapOptions map)
    {
        var images = "'self' data:";
        if (!string.IsNullOrWhiteSpace(map.TileUrl) && TileOrigin(map.TileUrl) is { } origin)
        {
            images += " " + origin;
        }
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'", // Leaflet positions its panes and markers with style attributes
            $"img-src {images}",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    }

    /// <summary>The scheme and host of a tile URL template, with <c>{s}</c> subdomains widened to a wildcard.</summary>
    private static string? TileOrigin(string template)
    {
        var probe = template.Replace("{s}", "a", StringComparison.Ordinal).Replace("{z}", "0", StringComparison.Ordinal)
            .Replace("{x}", "0", StringComparison.Ordinal).Replace("{y}", "0", StringComparison.Ordinal).Replace("{r}", "", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri))
        {
            return null; // a relative template is served by this app: 'self'
        }
        var host = template.Contains("{s}.", StringComparison.Ordinal) ? "*." + uri.Host[(uri.Host.IndexOf('.', StringComparison.Ordinal) + 1)..] : uri.Host;
        return $"{uri.Scheme}://{host}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}";
    }
}

/// <summary>
/// <c>FrontAlert:Map</c>: the map's tile layer. Unset (the default) draws markers on a plain background with the
/// country outline, so the pages make no request outside this app.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "FrontAlert:Map";

    /// <summary>A Leaflet URL template, e.g. <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c> or a local tile server.</summary>
    public string? TileUrl { get; set; }
    public string? TileAttribution { get; set; }
    public int TileMaxZoom { get; set; } = 18;
}
