using System.Diagnostics;
using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FeedAndMapTests(BrowserFixture fx, ITestOutputHelper output)
{
    [Fact]
    public async Task A_posted_report_shows_in_the_feed_within_a_second_and_recolours_the_map_marker()
    {
        await fx.PutRule("browser-saraqib", new { name = "Saraqib changes hands", kind = "control-change", scopeId = "sy-saraqib", minConfidence = "claimed", severity = "critical" });
        await using var feed = await fx.Open("/");
        await using var map = await fx.Open("/map.html");
        await Task.WhenAll(feed.WaitLive(), map.WaitLive());
        var marker = map.Page.Locator(".leaflet-marker-icon[data-id='sy-saraqib']");
        await Expect(marker).ToHaveAttributeAsync("data-side", "government");
        await map.Screenshot("map-before");

        var clock = Stopwatch.StartNew();
        await fx.Post(BrowserFixture.Control("sy-saraqib", "hts", "captured", "sohr"));
        await feed.Page.WaitForSelectorAsync("#feed li[data-location='sy-saraqib']", new() { Timeout = 1000 });
        var shown = clock.Elapsed;
        output.WriteLine($"posted report shown in the feed after {shown.TotalMilliseconds:F0} ms");
        Assert.True(shown < TimeSpan.FromSeconds(1), $"the alert took {shown.TotalMilliseconds:F0} ms to show");

        var card = feed.Page.Locator("#feed li[data-location='sy-saraqib']").First;
        await Expect(card).ToContainTextAsync("Saraqib changed hands");
        await Expect(card.Locator(".chip.critical")).ToBeVisibleAsync();
        await Expect(card.Locator(".badge.confirmed")).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Syrian Observatory for Human Rights");
        await Expect(card.Locator(".side-dot.government")).ToBeVisibleAsync();
        await Expect(card.Locator(".side-dot.opposition")).ToBeVisibleAsync();

        await Expect(marker).ToHaveAttributeAsync("data-side", "opposition", new() { Timeout = 2000 });
        output.WriteLine($"map marker recoloured after {clock.Elapsed.TotalMilliseconds:F0} ms");
        await Expect(marker.Locator(".pm.opposition")).ToBeVisibleAsync();
        await marker.ClickAsync();
        var popup = map.Page.Locator(".leaflet-popup-content");
        await Expect(popup).ToContainTextAsync("Hay'at Tahrir al-Sham");
        await Expect(popup.Locator(".badge.confirmed")).ToBeVisibleAsync();
        await Expect(popup).ToContainTextAsync("Syrian Observatory for Human Rights");

        await map.Page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'");
        await feed.Screenshot("feed-live");
        await map.Screenshot("map-live");
        feed.AssertStayedLocal();
        map.AssertStayedLocal();
        feed.AssertNoScriptErrors();
        map.AssertNoScriptErrors();
    }

    [Fact]
    public async Task The_map_draws_every_place_hatched_when_claimed_challenged_in_two_colours_and_outlined_when_contested_without_any_tiles()
    {
        // A place nobody held before: a lone claim is control at claimed. A claim against a confirmed holder that the
        // holder's side denies is a challenge: the holder's colour hatched with the challenger's. Fighting reported by a
        // monitor is a contest.
        var created = await fx.Server.Operator.PutAsync("locations/browser-new-town",
            FrontAlert.Testing.Json.Body(new { name = "New Town", kind = "town", parentId = "sy-idlib", lat = 35.9, lon = 36.6 }));
        Assert.True(created.IsSuccessStatusCode);
        await fx.Post(
            BrowserFixture.Control("browser-new-town", "hts", "captured", "rebel-command"),
            BrowserFixture.Control("sy-kafr-nabl", "hts", "captured", "rebel-command"),
            BrowserFixture.Control("sy-kafr-nabl", "saa", "holds", "state-tv"),
            BrowserFixture.Control("sy-murek", "hts", "contested", "sohr"));
        await using var map = await fx.Open("/map.html");
        await map.WaitLive();
        var features = await fx.Server.Anonymous.GetStringAsync("map");
        var count = System.Text.Json.JsonDocument.Parse(features).RootElement.GetProperty("features").GetArrayLength();
        await Expect(map.Page.Locator(".leaflet-marker-icon[data-id]")).ToHaveCountAsync(count);
        await Expect(map.Page.Locator(".leaflet-marker-icon[data-id='browser-new-town'] .pm.opposition.claimed")).ToBeVisibleAsync();
        var kafrNabl = map.Page.Locator(".leaflet-marker-icon[data-id='sy-kafr-nabl']");
        await Expect(kafrNabl).ToHaveAttributeAsync("data-side", "government");
        await Expect(kafrNabl).ToHaveAttributeAsync("data-challenger", "opposition");
        await Expect(kafrNabl.Locator(".pm.government.challenged.by-opposition")).ToBeVisibleAsync();
        var hatch = await kafrNabl.Locator(".pm").EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.Contains("rgb(198, 40, 40)", hatch, StringComparison.Ordinal); // the holder's colour (government)…
        Assert.Contains("rgb(46, 125, 50)", hatch, StringComparison.Ordinal); // …hatched with the challenger's (opposition)
        await kafrNabl.ClickAsync();
        await Expect(map.Page.Locator(".leaflet-popup-content")).ToContainTextAsync(
            "Military Operations Command claims Hay'at Tahrir al-Sham captured it; Syrian state TV denies");
        await Expect(map.Page.Locator(".leaflet-marker-icon[data-id='sy-murek'] .pm.contested")).ToBeVisibleAsync();
        await Expect(map.Page.Locator(".leaflet-tile")).ToHaveCountAsync(0);
        await Expect(map.Page.Locator("path.leaflet-interactive, .leaflet-overlay-pane path")).Not.ToHaveCountAsync(0);
        await Expect(map.Page.Locator("#legend-sides")).ToContainTextAsync("Opposition");
        await map.Screenshot("map");
        map.AssertStayedLocal();
        map.AssertNoScriptErrors();
    }

    [Fact]
    public async Task The_severity_and_area_filters_work_and_live_in_the_url()
    {
        await fx.PutRule("browser-latakia-info", new { kind = "strike", scopeId = "sy-latakia", minKilled = 1, severity = "info" });
        await fx.PutRule("browser-tartus-critical", new { kind = "strike", scopeId = "sy-tartus", minKilled = 1, severity = "critical" });
        await fx.Post(BrowserFixture.Strike("sy-latakia-city", 2), BrowserFixture.Strike("sy-tartus-city", 3));
        await using var feed = await fx.Open("/");
        await feed.WaitLive();
        var page = feed.Page;
        var latakia = page.Locator("#feed li[data-location='sy-latakia-city']");
        var tartus = page.Locator("#feed li[data-location='sy-tartus-city']");
        await Expect(latakia).ToHaveCountAsync(1);
        await Expect(tartus).ToHaveCountAsync(1);

        // minimum severity: critical
        await page.Locator("label[for='min-critical']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("min=critical"));
        await Expect(tartus).ToHaveCountAsync(1);
        await Expect(latakia).ToHaveCountAsync(0);
        await Expect(page.Locator("#feed li[data-severity='info'], #feed li[data-severity='warning']")).ToHaveCountAsync(0);

        // area: Latakia Governorate, picked in the location tree (critical still on: nothing there)
        await page.Locator("#tree-search").FillAsync("Latakia");
        await page.Locator("#tree .pick[data-id='sy-latakia']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("area=sy-latakia"));
        await Expect(tartus).ToHaveCountAsync(0);
        await Expect(page.Locator("#empty")).ToBeVisibleAsync();

        // all severities in Latakia: its info alert, not Tartus'
        await page.Locator("label[for='min-info']").ClickAsync();
        await Expect(latakia).ToHaveCountAsync(1);
        await Expect(tartus).ToHaveCountAsync(0);
        Assert.DoesNotContain("min=", page.Url, StringComparison.Ordinal);

        // the filter applies to live alerts too
        await fx.Post(BrowserFixture.Strike("sy-tartus-city", 4), BrowserFixture.Strike("sy-jableh", 5));
        await Expect(page.Locator("#feed li[data-location='sy-jableh']")).ToHaveCountAsync(1);
        await Expect(tartus).ToHaveCountAsync(0);
        await feed.Screenshot("feed-filtered-latakia");

        // the URL alone restores the view, and Back goes to the previous filter
        await page.GotoAsync("/?area=sy-tartus&min=critical");
        await feed.WaitLive();
        await Expect(tartus).ToHaveCountAsync(2);
        await Expect(latakia).ToHaveCountAsync(0);
        await Expect(page.Locator("#min-critical")).ToBeCheckedAsync();
        await Expect(page.Locator("#tree .pick[data-id='sy-tartus']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#filter-summary")).ToContainTextAsync("Tartus Governorate");
        feed.AssertStayedLocal();
        feed.AssertNoScriptErrors();
    }

    [Fact]
    public async Task The_feed_resumes_after_a_dropped_connection_without_gaps_or_repeats()
    {
        await fx.PutRule("browser-quneitra", new { kind = "strike", scopeId = "sy-quneitra", minKilled = 1, severity = "warning" });
        var blocked = false;
        var refused = 0;
        IWebSocketRoute? socket = null;
        IWebSocketRoute? upstream = null;
        await using var feed = await fx.Open("about:blank");
        var page = feed.Page;
        // The hub's WebSocket runs through a route the test can cut; while "blocked", negotiation fails as if the
        // server were unreachable, so the page must wait and then catch up from the last seq it saw.
        await page.RouteWebSocketAsync("**/hubs/alerts**", ws => { socket = ws; upstream = ws.ConnectToServer(); });
        await page.RouteAsync("**/hubs/alerts/negotiate**", async route =>
        {
            if (blocked)
            {
                Interlocked.Increment(ref refused);
                await route.AbortAsync("connectionrefused");
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync("/?area=sy-quneitra");
        await feed.WaitLive();
        var cards = page.Locator("#feed li[data-location]");

        await fx.Post(BrowserFixture.Strike("sy-quneitra-city", 1));
        await Expect(cards).ToHaveCountAsync(1);

        blocked = true;
        await upstream!.CloseAsync();
        await socket!.CloseAsync();
        await Expect(page.Locator("#conn")).ToHaveAttributeAsync("data-state", "reconnecting");
        await fx.Post(BrowserFixture.Strike("sy-quneitra-city", 2));
        await fx.Post(BrowserFixture.Strike("sy-khan-arnabah", 3));
        // Both are logged (the POST answers after the append) and the page has since tried to reconnect and been
        // refused: whatever a connection could have brought, it would have brought by now.
        var triedBefore = Volatile.Read(ref refused);
        await Eventually.Until(() => Task.FromResult(Volatile.Read(ref refused)), n => n > triedBefore, TimeSpan.FromSeconds(30));
        Assert.True(Volatile.Read(ref refused) > triedBefore, "the page never tried to reconnect while cut off");
        await Expect(cards).ToHaveCountAsync(1); // nothing can arrive while cut off
        await feed.Screenshot("feed-reconnecting");

        blocked = false;
        await feed.WaitLive();
        await Expect(cards).ToHaveCountAsync(3, new() { Timeout = 15_000 });
        var seqs = await cards.EvaluateAllAsync<long[]>("items => items.map(i => Number(i.dataset.seq))");
        Assert.Equal(seqs.Length, seqs.Distinct().Count());
        Assert.Equal(seqs.OrderByDescending(s => s), seqs);
        var logged = await fx.Alerts("?scopeId=sy-quneitra&limit=1000");
        Assert.Equal(logged.Select(a => a.GetProperty("seq").GetInt64()).OrderByDescending(s => s), seqs);
        feed.AssertStayedLocal();
        feed.AssertNoScriptErrors();
    }

    [Fact]
    public async Task New_alerts_arriving_while_scrolled_away_show_a_marker()
    {
        await fx.PutRule("browser-suwayda", new { kind = "strike", scopeId = "sy-suwayda", minKilled = 1, severity = "info" });
        await fx.Post([.. Enumerable.Range(1, 12).Select(i => BrowserFixture.Strike("sy-shahba", i))]);
        await using var feed = await fx.Open("/?area=sy-suwayda", height: 700);
        await feed.WaitLive();
        var page = feed.Page;
        await Expect(page.Locator("#feed li")).ToHaveCountAsync(12);
        await page.Mouse.WheelAsync(0, 1500);
        await page.WaitForFunctionAsync("() => window.scrollY > 300");
        await fx.Post(BrowserFixture.Strike("sy-salkhad", 1), BrowserFixture.Strike("sy-salkhad", 2));
        var marker = page.Locator("#new-marker");
        await Expect(marker).ToHaveTextAsync("2 new alerts");
        await feed.Screenshot("feed-new-marker");
        await marker.ClickAsync();
        await Expect(marker).ToBeHiddenAsync();
        await page.WaitForFunctionAsync("() => window.scrollY < 50");
        await Expect(page.Locator("#feed li").First).ToHaveAttributeAsync("data-location", "sy-salkhad");
        feed.AssertNoScriptErrors();
    }
}
