using System.Net.Http.Headers;
using System.Text.Json;

namespace FrontAlert.Browser.Tests;

/// <summary>The installable app: its manifest, the service worker that controls every page, and the header's controls.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InstallableAppTests(BrowserFixture fx)
{
    private static readonly string[] Pages = ["/", "/map.html", "/location.html?id=sy-idlib", "/console.html", "/settings.html"];

    [Fact]
    public async Task The_manifest_and_its_icons_are_served_with_their_content_types()
    {
        using var http = new HttpClient { BaseAddress = fx.Server.Address };
        using var response = await http.GetAsync("/manifest.webmanifest");
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        Assert.Equal("/", manifest.GetProperty("scope").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.False(string.IsNullOrWhiteSpace(manifest.GetProperty("name").GetString()));
        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        // installable in Chromium: a 192 and a 512 PNG; Android's adaptive icons: a maskable one
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192" && i.GetProperty("type").GetString() == "image/png");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("type").GetString() == "image/png");
        Assert.Contains(icons, i => i.GetProperty("purpose").GetString() == "maskable");
        foreach (var icon in icons)
        {
            using var image = await http.GetAsync(icon.GetProperty("src").GetString());
            Assert.True(image.IsSuccessStatusCode, icon.GetProperty("src").GetString());
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType?.MediaType);
            var bytes = await image.Content.ReadAsByteArrayAsync();
            if (icon.GetProperty("type").GetString() == "image/png")
            {
                var size = icon.GetProperty("sizes").GetString()!.Split('x').Select(int.Parse).ToArray();
                Assert.Equal(size, PngSize(bytes)); // the declared size is the real one
            }
        }
        foreach (var page in Pages)
        {
            var html = await http.GetStringAsync(page);
            Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/settings.html\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_service_worker_is_served_as_script_under_the_pages_policy_and_controls_every_page()
    {
        using var http = new HttpClient { BaseAddress = fx.Server.Address };
        using var worker = await http.GetAsync("/sw.js");
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", worker.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal(new CacheControlHeaderValue { NoCache = true }, worker.Headers.CacheControl); // a new worker is picked up at once

        foreach (var path in Pages)
        {
            await using var web = await fx.Open(path);
            var registration = await web.Page.EvaluateAsync<JsonElement>(
                "async () => { const r = await navigator.serviceWorker.ready; return { scope: r.scope, script: r.active.scriptURL }; }");
            Assert.Equal(new Uri(fx.Server.Address, "/").ToString(), registration.GetProperty("scope").GetString());
            Assert.Equal(new Uri(fx.Server.Address, "/sw.js").ToString(), registration.GetProperty("script").GetString());
            // the worker claims the page that installed it, so a notification click can focus it
            var controller = await web.Page.WaitForFunctionAsync("() => navigator.serviceWorker.controller?.scriptURL");
            Assert.EndsWith("/sw.js", await controller.JsonValueAsync<string>(), StringComparison.Ordinal);
            web.AssertStayedLocal();
            web.AssertNoScriptErrors();
        }
    }

    [Fact]
    public async Task Notify_me_on_the_feed_offers_the_area_and_severity_on_screen()
    {
        await using var web = await fx.Open("/?area=sy-idlib&min=critical", permissions: ["notifications"]);
        var page = web.Page;
        var notify = page.Locator("#notify");
        await Expect(notify).ToBeVisibleAsync();
        await Expect(notify).ToHaveAttributeAsync("aria-pressed", "false");
        await notify.ClickAsync();
        var sheet = page.Locator("#notify-sheet");
        await Expect(sheet).ToBeVisibleAsync();
        await Expect(sheet.Locator("h2")).ToHaveTextAsync("Notifications for Idlib Governorate");
        await Expect(sheet.Locator("#notify-severity")).ToHaveValueAsync("critical");
        await web.Screenshot("notify-sheet");
        await sheet.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(sheet).ToHaveCountAsync(0);

        // the location page offers its own place
        await page.GotoAsync("/location.html?id=sy-saraqib");
        await page.Locator("#notify").ClickAsync();
        await Expect(page.Locator("#notify-sheet h2")).ToHaveTextAsync("Notifications for Saraqib");
        web.AssertStayedLocal();
        web.AssertNoScriptErrors();
    }

    [Fact]
    public async Task On_a_narrow_screen_the_header_keeps_Notify_me_and_the_settings_link_without_scrolling_sideways()
    {
        foreach (var (path, notify) in new[] { ("/", true), ("/location.html?id=sy-aleppo-city", true), ("/settings.html", false), ("/map.html", false) })
        {
            await using var web = await fx.Open(path, 360, 740, mobile: true, permissions: ["notifications"]);
            var page = web.Page;
            await Expect(page.Locator("header .nav a[href='/settings.html']")).ToBeVisibleAsync();
            if (notify)
            {
                var button = page.Locator("#notify");
                await Expect(button).ToBeVisibleAsync();
                await Expect(button).ToHaveAccessibleNameAsync("Notify me"); // the label is hidden on screen, not from readers
                var box = await button.BoundingBoxAsync();
                Assert.True(box is { Y: < 60 }, $"{path}: Notify me wrapped below the first header row ({box?.Y})");
            }
            else
            {
                await Expect(page.Locator("#notify")).ToHaveCountAsync(0);
            }
            await web.AssertNoHorizontalScroll();
            var name = path.Trim('/').Split('.', '?')[0];
            await web.Screenshot("narrow-header-" + (name.Length == 0 ? "feed" : name));
            web.AssertNoScriptErrors();
        }
    }

    private static int[] PngSize(byte[] png)
    {
        Assert.True(png.Length > 24 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG");
        return [System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))];
    }
}
