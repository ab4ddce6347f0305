using System.Text.Json;
using FrontAlert.Testing;
using FrontAlert.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FrontAlert.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DemoTests(BrowserFixture fx)
{
    /// <summary>
    /// The <c>--demo</c> scenario, played fast on its own server: every report it posts is valid, it raises alerts of
    /// every severity and confidence, and the feed and the map show it (these screenshots are the README's).
    /// </summary>
    [Fact]
    public async Task The_demo_scenario_unfolds_in_the_feed_and_on_the_map()
    {
        await using var server = await FrontAlertServer.Start();
        var services = server.Services;
        var demo = new DemoPlayer(
            services.GetRequiredService<IHostApplicationLifetime>(),
            services.GetRequiredService<IGrainFactory>(),
            services.GetRequiredService<Ingestor>(),
            services.GetRequiredService<ILogger<DemoPlayer>>()) { Pace = 0.03 };

        var context = await fx.Browser.NewContextAsync(new()
        {
            BaseURL = server.Address.ToString(), ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "en-GB", TimezoneId = "UTC",
        });
        try
        {
            var feed = await context.NewPageAsync();
            var map = await context.NewPageAsync();
            await feed.GotoAsync("/");
            await map.GotoAsync("/map.html");
            await Expect(feed.Locator("#conn")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 15_000 });
            await Expect(map.Locator("#conn")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 15_000 });

            await demo.PlayOnce(CancellationToken.None);
            Assert.Equal(0, demo.Rejected);
            Assert.True(demo.Accepted > 50, $"only {demo.Accepted} reports went in");

            var alerts = JsonDocument.Parse(await server.Anonymous.GetStringAsync("alerts?limit=1000")).RootElement.EnumerateArray().ToList();
            foreach (var severity in new[] { "info", "warning", "critical" })
            {
                Assert.Contains(alerts, a => a.GetProperty("severity").GetString() == severity);
            }
            foreach (var confidence in new[] { "claimed", "contested", "confirmed" })
            {
                Assert.Contains(alerts, a => a.GetProperty("confidence").GetString() == confidence);
            }
            await Expect(feed.Locator("#feed li")).ToHaveCountAsync(alerts.Count, new() { Timeout = 10_000 });
            await Expect(map.Locator(".leaflet-marker-icon[data-id='sy-damascus-city']")).ToHaveAttributeAsync("data-side", "opposition");
            await Expect(map.Locator(".leaflet-marker-icon[data-id='sy-aleppo-city']")).ToHaveAttributeAsync("data-side", "opposition");

            await feed.Locator("label[for='min-warning']").ClickAsync();
            await Expect(feed.Locator("#feed li[data-severity='info']")).ToHaveCountAsync(0);
            await feed.Locator("label[for='min-info']").ClickAsync();
            await Expect(feed.Locator("#feed li")).ToHaveCountAsync(alerts.Count);
            await feed.EvaluateAsync("() => document.querySelectorAll('.alert-card.fresh').forEach(c => c.classList.remove('fresh'))");
            await feed.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "demo-feed.png") });
            await map.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "demo-map.png") });
            await map.Locator(".leaflet-marker-icon[data-id='sy-homs-city']").ClickAsync();
            await Expect(map.Locator(".leaflet-popup-content")).ToContainTextAsync("Homs");
            await map.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'");
            await map.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "demo-map-popup.png") });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The tile layer is configurable; here a tile server on this same host (so nothing leaves the machine).</summary>
    [Fact]
    public async Task The_map_uses_a_configured_tile_layer()
    {
        await using var server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
        {
            ["FrontAlert:Map:TileUrl"] = "/tiles/{z}/{x}/{y}.png",
            ["FrontAlert:Map:TileAttribution"] = "Test tiles",
        });
        var context = await fx.Browser.NewContextAsync(new() { BaseURL = server.Address.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            var tiles = new List<string>();
            page.Request += (_, r) => { if (r.Url.Contains("/tiles/", StringComparison.Ordinal)) { lock (tiles) { tiles.Add(r.Url); } } };
            await page.GotoAsync("/map.html");
            await Expect(page.Locator(".leaflet-tile").First).ToBeAttachedAsync();
            await Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("Test tiles");
            await Expect(page.Locator("#map")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("no-tiles"));
            lock (tiles)
            {
                Assert.NotEmpty(tiles);
                Assert.All(tiles, t => Assert.StartsWith(server.Address.ToString().TrimEnd('/') + "/tiles/", t, StringComparison.Ordinal));
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
