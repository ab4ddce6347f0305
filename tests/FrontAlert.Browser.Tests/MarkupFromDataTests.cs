using FrontAlert.Testing;

namespace FrontAlert.Browser.Tests;

/// <summary>
/// Every string from the API reaches the page as text: a location named like an HTML image tag shows as those
/// characters on the map's label and popup, in the feed and on its location page, and never becomes an element.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MarkupFromDataTests(BrowserFixture fx)
{
    private const string Name = "<img src=x onerror=alert(1)>";
    private const string NoImage = "() => document.querySelectorAll('img[src=\"x\"]').length === 0";

    [Fact]
    public async Task A_location_named_like_an_image_tag_shows_as_text_on_the_map_label_and_popup_the_feed_and_its_page()
    {
        var id = BrowserFixture.NewId("xss-town");
        (await fx.Server.Operator.PutAsync($"locations/{id}", Json.Body(new { name = Name, kind = "town", parentId = "sy-idlib", lat = 35.93, lon = 36.63 }))).EnsureSuccessStatusCode();
        await fx.PutRule(id + "-strikes", new { kind = "strike", scopeId = id, minKilled = 1, severity = "warning" });
        await fx.Post(BrowserFixture.Strike(id, 3));

        await using var feed = await fx.Open("/");
        var dialogs = 0;
        feed.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var card = feed.Page.Locator($"#feed li[data-location='{id}']");
        await Expect(card).ToContainTextAsync(Name, new() { Timeout = 15_000 });
        Assert.True(await feed.Page.EvaluateAsync<bool>(NoImage));

        await using var map = await fx.Open($"/map.html?focus={id}");
        map.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await Expect(map.Page.Locator(".leaflet-popup-content")).ToContainTextAsync(Name, new() { Timeout = 15_000 });
        await Expect(map.Page.Locator(".leaflet-tooltip.place-label", new() { HasText = Name })).ToHaveCountAsync(1);
        Assert.True(await map.Page.EvaluateAsync<bool>(NoImage));

        await using var place = await fx.Open($"/location.html?id={id}");
        place.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await Expect(place.Page.Locator("h1")).ToContainTextAsync(Name, new() { Timeout = 15_000 });
        Assert.True(await place.Page.EvaluateAsync<bool>(NoImage));

        Assert.Equal(0, dialogs);
        feed.AssertNoScriptErrors();
        map.AssertNoScriptErrors();
        place.AssertNoScriptErrors();
    }
}
