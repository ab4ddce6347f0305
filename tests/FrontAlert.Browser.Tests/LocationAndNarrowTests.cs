using FrontAlert.Testing;

namespace FrontAlert.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LocationPageTests(BrowserFixture fx)
{
    [Fact]
    public async Task The_location_page_shows_control_beside_each_claim_tolls_by_source_strikes_and_the_timeline()
    {
        await fx.Post(
            BrowserFixture.Control("sy-khan-shaykhun", "hts", "captured", "rebel-command"),
            BrowserFixture.Control("sy-khan-shaykhun", "saa", "holds", "state-tv"),
            BrowserFixture.Strike("sy-khan-shaykhun", 6, civilians: 4, wounded: 11, source: "white-helmets"),
            BrowserFixture.Toll("sy-khan-shaykhun", "killed", 40, "sohr"),
            BrowserFixture.Toll("sy-khan-shaykhun", "killed", 25, "state-tv"));
        await using var web = await fx.Open("/location.html?id=sy-khan-shaykhun");
        await web.WaitLive();
        var page = web.Page;
        await Expect(page.Locator("h1")).ToHaveTextAsync("Khan Shaykhun");
        await Expect(page.Locator("#crumbs")).ToContainTextAsync("Idlib Governorate");
        // Assessed control: the rebel claim, denied by state TV, stands beside the confirmed holder as a challenge.
        await Expect(page.Locator("#control .control-hero")).ToHaveAttributeAsync("data-side", "government");
        await Expect(page.Locator("#control .control-hero .badge.confirmed")).ToBeVisibleAsync();
        var challenge = page.Locator("#control .challenge-note");
        await Expect(challenge).ToContainTextAsync("Military Operations Command claims Hay'at Tahrir al-Sham captured it; Syrian state TV denies");
        await Expect(challenge.Locator(".badge.contested")).ToBeVisibleAsync();
        await Expect(page.Locator("#claims tr[data-source]")).ToHaveCountAsync(2);
        await Expect(page.Locator("#claims tr[data-source='rebel-command']")).ToContainTextAsync("disagrees");
        var killed = page.Locator("#tolls tr[data-category='killed']");
        await Expect(killed.Locator("td[data-source='sohr']")).ToHaveTextAsync("40");
        await Expect(killed.Locator("td[data-source='state-tv']")).ToHaveTextAsync("25");
        await Expect(killed.Locator("td.effective")).ToHaveTextAsync("40");
        await Expect(page.Locator("#strikes li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#timeline li[data-report]")).ToHaveCountAsync(5);

        // live: a monitor confirms, and the page follows without a reload
        await fx.Post(BrowserFixture.Control("sy-khan-shaykhun", "hts", "captured", "sohr"));
        await Expect(page.Locator("#control .control-hero")).ToHaveAttributeAsync("data-side", "opposition");
        await Expect(page.Locator("#control .control-hero .badge.confirmed")).ToBeVisibleAsync();
        await Expect(page.Locator("#control .challenge-note")).ToHaveCountAsync(0);
        await Expect(page.Locator("#timeline li[data-report]")).ToHaveCountAsync(6);
        await web.Screenshot("location", fullPage: true);
        web.AssertStayedLocal();
        web.AssertNoScriptErrors();
    }
}

[Collection(BrowserCollection.Name)]
public sealed class NarrowViewportTests(BrowserFixture fx)
{
    private const int Width = 360;
    private const int Height = 740;

    [Fact]
    public async Task A_narrow_viewport_keeps_every_page_usable()
    {
        await fx.PutRule("browser-hasakah", new { kind = "strike", scopeId = "sy-hasakah", minKilled = 1, severity = "warning" });
        await fx.Post(BrowserFixture.Strike("sy-hasakah-city", 3, civilians: 1, wounded: 4),
            BrowserFixture.Control("sy-qamishli", "saa", "captured", "state-tv"));

        // feed: filters fold away behind a button, cards fit, nothing scrolls sideways
        await using (var feed = await fx.Open("/", Width, Height, mobile: true))
        {
            await feed.WaitLive();
            var page = feed.Page;
            await Expect(page.Locator("#feed li[data-location='sy-hasakah-city']")).ToHaveCountAsync(1);
            await Expect(page.Locator("#tree")).ToBeHiddenAsync();
            await feed.AssertNoHorizontalScroll();
            await feed.Screenshot("narrow-feed");
            await page.Locator("#filters-toggle").TapAsync();
            await Expect(page.Locator("#tree")).ToBeVisibleAsync();
            await page.Locator("label[for='min-warning']").TapAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("min=warning"));
            await page.Locator("#tree-search").FillAsync("Hasakah");
            await page.Locator("#tree .pick[data-id='sy-hasakah']").TapAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("area=sy-hasakah"));
            await Expect(page.Locator("#feed li[data-location='sy-hasakah-city']")).ToHaveCountAsync(1);
            await feed.AssertNoHorizontalScroll();
            await feed.Screenshot("narrow-feed-filters", fullPage: true);
            feed.AssertStayedLocal();
            feed.AssertNoScriptErrors();
        }

        // map: fills the screen, a marker opens its popup with a tap, the legend folds
        await using (var map = await fx.Open("/map.html", Width, Height, mobile: true))
        {
            await map.WaitLive();
            var page = map.Page;
            var box = await page.Locator("#map").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width >= Width - 1 && box.Height > Height / 2, $"map is {box.Width}x{box.Height}");
            // Assessed control: state TV's lone claim challenges the confirmed holder instead of replacing it.
            var qamishli = page.Locator(".leaflet-marker-icon[data-id='sy-qamishli']");
            await Expect(qamishli).ToHaveAttributeAsync("data-confidence", "confirmed");
            await Expect(qamishli).ToHaveAttributeAsync("data-challenger", "government");
            await map.Screenshot("narrow-map");
            await page.Locator("#legend-toggle").TapAsync();
            await Expect(page.Locator("#legend-sides")).ToBeVisibleAsync();
            await map.Screenshot("narrow-map-legend");
            await page.Locator("#legend-toggle").TapAsync();
            await page.Locator(".leaflet-marker-icon[data-id='sy-hasakah-city']").TapAsync();
            await Expect(page.Locator(".leaflet-popup-content")).ToContainTextAsync("Al-Hasakah");
            await map.AssertNoHorizontalScroll();
            await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'");
            await map.Screenshot("narrow-map-popup");
            map.AssertStayedLocal();
            map.AssertNoScriptErrors();
        }

        // location page: tables stack, nothing scrolls sideways
        await using (var location = await fx.Open("/location.html?id=sy-qamishli", Width, Height, mobile: true))
        {
            await location.WaitLive();
            await Expect(location.Page.Locator("#claims tr[data-source='state-tv']")).ToBeVisibleAsync();
            await location.AssertNoHorizontalScroll();
            await location.Screenshot("narrow-location", fullPage: true);
            location.AssertNoScriptErrors();
        }

        // console: sign in, the rule form fits the screen
        await using (var console = await fx.Open("/console.html", Width, Height, mobile: true))
        {
            var page = console.Page;
            await page.Locator("#api-key").FillAsync(Keys.Operator);
            await page.Locator("#signin-form button[type=submit]").TapAsync();
            await Expect(page.Locator("#rules-list tr[data-rule='browser-hasakah']")).ToBeVisibleAsync();
            await console.AssertNoHorizontalScroll();
            await console.Screenshot("narrow-console");
            await page.Locator("#new-rule").TapAsync();
            var save = page.Locator("#rule-save");
            await Expect(save).ToBeInViewportAsync();
            var form = await page.Locator("#rule-dialog").BoundingBoxAsync();
            Assert.True(form!.Width <= Width, $"the rule form is {form.Width}px wide");
            await console.Screenshot("narrow-console-form");
            console.AssertNoScriptErrors();
        }
    }
}
