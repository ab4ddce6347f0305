using System.Diagnostics;
using System.Text.Json;
using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Browser.Tests;

/// <summary>The map page's territory layer: each place's cell from <c>GET /map/areas</c>, shaded by side, hatched when challenged.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TerritoryMapTests(BrowserFixture fx, ITestOutputHelper output)
{
    private const string Government = "#c62828";
    private const string Opposition = "#2e7d32";

    [Fact]
    public async Task The_map_shades_every_place_s_area_by_side_and_a_captured_place_s_cell_changes_colour_live()
    {
        await using var map = await fx.Open("/map.html");
        await map.WaitLive();
        var areas = JsonDocument.Parse(await fx.Server.Anonymous.GetStringAsync("map/areas")).RootElement.GetProperty("features")
            .EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        int Held(string side) => areas.Count(p => p.GetProperty("side").GetString() == side && !p.GetProperty("challenged").GetBoolean());

        var cells = map.Page.Locator(".leaflet-pane path.territory-cell[data-id]");
        await Expect(cells).ToHaveCountAsync(areas.Count);
        Assert.True(areas.Count >= 100, $"only {areas.Count} areas");
        Assert.True(Held("government") > 10 && Held("opposition") > 10, "the seeded front has both sides");
        // every cell the API says a side holds outright is filled with that side's colour, as its marker is
        await Expect(map.Page.Locator($"path.territory-cell.government:not(.challenged)[fill='{Government}']")).ToHaveCountAsync(Held("government"));
        await Expect(map.Page.Locator($"path.territory-cell.opposition:not(.challenged)[fill='{Opposition}']")).ToHaveCountAsync(Held("opposition"));

        var mhardeh = map.Page.Locator("path.territory-cell[data-id='sy-mhardeh']");
        await Expect(mhardeh).ToHaveAttributeAsync("data-side", "government");
        await Expect(mhardeh).ToHaveAttributeAsync("fill", Government);
        await map.Screenshot("territory-before");

        var clock = Stopwatch.StartNew();
        await fx.Post(BrowserFixture.Control("sy-mhardeh", "hts", "captured", "sohr"));
        await Expect(mhardeh).ToHaveAttributeAsync("data-side", "opposition", new() { Timeout = 5000 });
        output.WriteLine($"cell recoloured {clock.Elapsed.TotalMilliseconds:F0} ms after the report");
        await Expect(mhardeh).ToHaveAttributeAsync("fill", Opposition);
        await Expect(map.Page.Locator(".leaflet-marker-icon[data-id='sy-mhardeh']")).ToHaveAttributeAsync("data-side", "opposition");

        map.AssertStayedLocal();
        map.AssertNoScriptErrors();
    }

    [Fact]
    public async Task A_challenged_cell_is_hatched_in_the_holder_s_and_the_challenger_s_colours_and_dashed_once_denied()
    {
        await using var map = await fx.Open("/map.html");
        await map.WaitLive();
        var halfaya = map.Page.Locator("path.territory-cell[data-id='sy-halfaya']");
        await Expect(halfaya).ToHaveAttributeAsync("fill", Government);

        await fx.Post(BrowserFixture.Control("sy-halfaya", "hts", "captured", "rebel-command"));
        await Expect(halfaya).ToHaveAttributeAsync("data-challenger", "opposition", new() { Timeout = 5000 });
        await Expect(halfaya).ToHaveAttributeAsync("data-side", "government");
        await Expect(halfaya).ToHaveAttributeAsync("fill", "url(#hatch-government-opposition)");
        var stripes = await map.Page.Locator("pattern#hatch-government-opposition rect")
            .EvaluateAllAsync<string[]>("rects => rects.map(r => r.getAttribute('fill'))");
        Assert.Equal([Opposition, Government], stripes);
        await Expect(halfaya).ToHaveAttributeAsync("data-contested", "false");

        await fx.Post(BrowserFixture.Control("sy-halfaya", "saa", "holds", "state-tv"));
        await Expect(halfaya).ToHaveAttributeAsync("data-contested", "true", new() { Timeout = 5000 });
        await Expect(halfaya).ToHaveAttributeAsync("stroke-dasharray", "4 3");

        // a fresh load draws the same from the API alone (here zoomed in on the place, where the hatching shows)
        await map.Page.GotoAsync("/map.html?focus=sy-halfaya");
        await map.WaitLive();
        await Expect(halfaya).ToHaveAttributeAsync("fill", "url(#hatch-government-opposition)");
        await Expect(halfaya).ToHaveAttributeAsync("data-contested", "true");
        await map.Page.Locator(".leaflet-popup-close-button").ClickAsync();
        await map.Page.Locator(".leaflet-control-zoom-in").ClickAsync();
        await map.Page.Locator(".leaflet-control-zoom-in").ClickAsync();
        await Expect(halfaya).ToHaveAttributeAsync("fill", "url(#hatch-government-opposition)");
        var box = await halfaya.BoundingBoxAsync();
        Assert.NotNull(box);
        await map.Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.Artifacts, "territory-challenged.png"),
            Clip = new() { X = Math.Max(0, box.X - 150), Y = Math.Max(0, box.Y - 150), Width = box.Width + 300, Height = box.Height + 300 },
        });
        map.AssertStayedLocal();
        map.AssertNoScriptErrors();
    }
}
