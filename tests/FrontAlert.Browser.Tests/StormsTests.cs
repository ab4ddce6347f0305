namespace FrontAlert.Browser.Tests;

/// <summary>The feed collapses a storm into one card that grows live, and strikes a corrected alert through.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StormsTests(BrowserFixture fx)
{
    [Fact]
    public async Task A_storm_of_captures_in_one_governorate_is_one_expandable_card_that_grows_live_and_a_correction_strikes_its_original()
    {
        await fx.PutRule("browser-daraa-front", new { kind = "control-change", scopeId = "sy-daraa", minConfidence = "confirmed", severity = "critical" });
        await using var feed = await fx.Open("/?area=sy-daraa");
        await feed.WaitLive();
        var page = feed.Page;
        string[] towns = ["sy-bosra", "sy-tafas", "sy-nawa", "sy-izra"];
        var reports = towns.Select(t => BrowserFixture.Control(t, "southern-ops", "captured", "sohr")).ToArray();
        await fx.Post(reports);

        var head = page.Locator("#feed li.storm");
        await Expect(head).ToHaveCountAsync(1);
        await Expect(head.Locator(".storm-count")).ToHaveTextAsync("4 alerts");
        await Expect(head.Locator(".storm-places")).ToContainTextAsync("Bosra");
        await Expect(head.Locator(".storm-places")).ToContainTextAsync("Izra");
        await Expect(page.Locator("#feed li.in-storm:visible")).ToHaveCountAsync(0);
        await Expect(page.Locator("#feed li[data-location]")).ToHaveCountAsync(4);

        await fx.Post(BrowserFixture.Control("sy-jasim", "southern-ops", "captured", "sohr"));
        await Expect(head.Locator(".storm-count")).ToHaveTextAsync("5 alerts");
        await Expect(head).ToHaveAttributeAsync("data-location", "sy-jasim");
        await head.Locator(".storm-toggle").ClickAsync();
        await Expect(page.Locator("#feed li.in-storm:visible")).ToHaveCountAsync(4);
        await feed.Screenshot("feed-storm");

        // Tafas's capture is taken back: its card is struck through with the correction beside it.
        var tafas = (System.Text.Json.JsonElement)System.Text.Json.JsonSerializer.SerializeToElement(reports[1]);
        await fx.Post(new { id = BrowserFixture.NewId("x"), type = "retraction", retracts = tafas.GetProperty("id").GetString(), sourceId = "sohr", reason = "old footage" });
        var original = page.Locator("#feed li[data-location='sy-tafas']").Filter(new() { Has = page.Locator(".alert-card.corrected") });
        await Expect(original).ToHaveCountAsync(1);
        await Expect(original.Locator(".correction-note")).ToContainTextAsync("old footage");
        await Expect(page.Locator("#feed .alert-card .corrects")).ToHaveCountAsync(1);
        await feed.Screenshot("feed-correction");
        feed.AssertNoScriptErrors();
    }
}
