using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Web.Tests;

/// <summary>
/// <c>GET /map/areas</c>: the territory map as GeoJSON, one Polygon per located place (its cell of the country
/// outline), coloured by the place's assessed control, challenge and contest.
/// </summary>
public sealed class MapAreasApiTests(EmbeddedServer fixture, ITestOutputHelper output) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task The_areas_are_one_polygon_per_located_place_that_together_fill_the_outline_the_page_draws()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await Server.Anonymous.GetAsync("map/areas");
        var areas = await response.Read();
        var first = clock.Elapsed;
        clock.Restart();
        await Server.Anonymous.GetJson("map/areas");
        output.WriteLine($"GET /map/areas: {first.TotalMilliseconds:F0} ms the first time (cells computed), {clock.Elapsed.TotalMilliseconds:F0} ms cached");
        var places = (await Server.Anonymous.GetJson("locations")).EnumerateArray()
            .Where(l => l.GetProperty("lat").ValueKind == JsonValueKind.Number && l.Str("kind") is "city" or "town" or "village" or "site")
            .ToDictionary(l => l.Str("id")!, l => new GeoPoint(l.GetProperty("lon").GetDouble(), l.GetProperty("lat").GetDouble()));
        var outline = Pieces((await Server.Anonymous.GetJson(new Uri(Server.Address, "/geo/syria.json").ToString()))
            .GetProperty("features")[0].GetProperty("geometry")).Single();

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", areas.Str("type"));
        var features = areas.GetProperty("features").EnumerateArray().ToList();
        Assert.True(places.Count >= 100, $"only {places.Count} located places in the gazetteer");
        Assert.Equal(places.Keys.Order(StringComparer.Ordinal), features.Select(f => f.Str("id")!).Order(StringComparer.Ordinal));
        foreach (var f in features)
        {
            Assert.Equal("Feature", f.Str("type"));
            Assert.Contains(f.GetProperty("geometry").Str("type"), new[] { "Polygon", "MultiPolygon" });
            var pieces = Pieces(f.GetProperty("geometry"));
            Assert.All(pieces, ring => Assert.True(ring.Count >= 4 && ring[0] == ring[^1], $"{f.Str("id")}: not a closed ring"));
            Assert.All(pieces, ring => Assert.True(Polygons.SignedArea(ring) > 0, $"{f.Str("id")}: not counter-clockwise"));
            Assert.True(pieces.Any(ring => Polygons.Contains(ring, places[f.Str("id")!])), $"{f.Str("id")} is outside its own cell");
            Assert.Equal(f.Str("id"), f.GetProperty("properties").Str("locationId"));
        }
        var total = features.Sum(f => Area(f.GetProperty("geometry")));
        Assert.Equal(Polygons.Area(outline), total, 3); // they fill the outline…
        var cells = features.Select(f => Pieces(f.GetProperty("geometry"))).ToList();
        var probes = 0;
        for (var lon = 35.5137; lon < 42.5; lon += 0.2)
        {
            for (var lat = 32.2113; lat < 37.5; lat += 0.2)
            {
                var probe = new GeoPoint(lon, lat);
                if (Polygons.Contains(outline, probe))
                {
                    probes++;
                    Assert.Equal(1, cells.Count(c => c.Any(r => Polygons.Contains(r, probe)))); // …exactly once: no overlap, no gap
                }
            }
        }
        Assert.True(probes > 300, $"only {probes} probes inside the outline");

        var aleppo = Properties(areas, "sy-aleppo-city");
        Assert.Equal(("Aleppo", "city", "government", "saa", "confirmed"),
            (aleppo.Str("name"), aleppo.Str("kind"), aleppo.Str("side"), aleppo.Str("actorId"), aleppo.Str("confidence")));
        Assert.Equal((false, false), (aleppo.GetProperty("challenged").GetBoolean(), aleppo.GetProperty("contested").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, aleppo.GetProperty("challengerSide").ValueKind);
        Assert.Equal(JsonValueKind.Null, aleppo.GetProperty("precision").ValueKind);
    }

    [Fact]
    public async Task A_captured_place_keeps_its_cell_and_the_cell_changes_side()
    {
        var before = Feature(await Server.Anonymous.GetJson("map/areas"), "sy-salamiyah");

        await Server.Ingest(Json.Control("areas-capture", "sy-salamiyah", "hts", "sohr", "2024-12-05T12:00:00Z"));

        var after = Feature(await Server.Anonymous.GetJson("map/areas"), "sy-salamiyah");
        Assert.Equal(("government", "saa"), (before.GetProperty("properties").Str("side"), before.GetProperty("properties").Str("actorId")));
        Assert.Equal(("opposition", "hts", "confirmed"),
            (after.GetProperty("properties").Str("side"), after.GetProperty("properties").Str("actorId"), after.GetProperty("properties").Str("confidence")));
        Assert.Equal(before.GetProperty("geometry").GetRawText(), after.GetProperty("geometry").GetRawText());
    }

    [Fact]
    public async Task A_cell_held_on_a_province_level_report_says_so()
    {
        await Server.Ingest(new
        {
            id = "areas-approximate", type = "control", locationId = "sy-suran", actorId = "hts", status = "captured",
            observedAt = "2024-12-05T12:00:00Z", sourceId = "sohr", precision = new { geo = 3, time = 1 },
        });

        var cell = Properties(await Server.Anonymous.GetJson("map/areas"), "sy-suran");
        Assert.Equal(("opposition", 3, 1),
            (cell.Str("side"), cell.GetProperty("precision").GetProperty("geo").GetInt32(), cell.GetProperty("precision").GetProperty("time").GetInt32()));
    }

    [Fact]
    public async Task A_challenged_place_is_marked_with_the_challenger_and_contested_once_denied()
    {
        await Server.Ingest(Json.Control("areas-claim", "sy-masyaf", "hts", "rebel-command", "2024-12-05T10:00:00Z"));
        var claimed = Properties(await Server.Anonymous.GetJson("map/areas"), "sy-masyaf");

        await Server.Ingest(Json.Control("areas-deny", "sy-masyaf", "saa", "state-tv", "2024-12-05T11:00:00Z", status: "holds"));
        var denied = Properties(await Server.Anonymous.GetJson("map/areas"), "sy-masyaf");

        Assert.Equal(("government", "confirmed", true, "opposition", "hts", false),
            (claimed.Str("side"), claimed.Str("confidence"), claimed.GetProperty("challenged").GetBoolean(),
             claimed.Str("challengerSide"), claimed.Str("challengerActorId"), claimed.GetProperty("contested").GetBoolean()));
        Assert.Equal(("government", true, "opposition", "contested", true),
            (denied.Str("side"), denied.GetProperty("challenged").GetBoolean(), denied.Str("challengerSide"),
             denied.Str("challengeConfidence"), denied.GetProperty("contested").GetBoolean()));
    }

    [Fact]
    public async Task A_new_place_takes_its_cell_out_of_its_neighbours_and_a_scope_keeps_only_its_places()
    {
        var before = await Server.Anonymous.GetJson("map/areas");
        await Server.Place("areas-new-town", "town", "sy-hama", lat: 35.0, lon: 37.6);

        var after = await Server.Anonymous.GetJson("map/areas");
        var cell = Pieces(Feature(after, "areas-new-town").GetProperty("geometry"));
        Assert.Contains(cell, ring => Polygons.Contains(ring, new GeoPoint(37.6, 35.0)));
        Assert.Equal(
            Sum(before), Sum(after), 3); // the same outline, shared out once more
        Assert.Equal(before.GetProperty("features").GetArrayLength() + 1, after.GetProperty("features").GetArrayLength());

        var hama = await Server.Anonymous.GetJson("map/areas?scopeId=sy-hama");
        var ids = hama.GetProperty("features").EnumerateArray().Select(f => f.Str("id")).ToList();
        Assert.Contains("sy-hama-city", ids);
        Assert.Contains("areas-new-town", ids);
        Assert.DoesNotContain("sy-aleppo-city", ids);
        Assert.All(hama.GetProperty("features").EnumerateArray(), f => Assert.NotEmpty(Pieces(f.GetProperty("geometry"))));

        await ApiTest.AssertInvalid(await Server.Anonymous.GetAsync("map/areas?scopeId=sy-nowhere"), "scopeId");
        var openApi = await Server.Anonymous.GetJson(new Uri(Server.Address, "/openapi/v1.json").ToString());
        Assert.True(openApi.GetProperty("paths").GetProperty("/api/v1/map/areas").TryGetProperty("get", out _), "the OpenAPI document does not describe GET /map/areas");
    }

    private static double Sum(JsonElement areas) => areas.GetProperty("features").EnumerateArray().Sum(f => Area(f.GetProperty("geometry")));

    private static double Area(JsonElement geometry) => Pieces(geometry).Sum(Polygons.Area);

    /// <summary>The exterior ring of each polygon of a Polygon or MultiPolygon (cells have no holes).</summary>
    private static List<List<GeoPoint>> Pieces(JsonElement geometry)
    {
        List<JsonElement> polygons = geometry.Str("type") == "Polygon"
            ? [geometry.GetProperty("coordinates")]
            : geometry.GetProperty("coordinates").EnumerateArray().ToList();
        Assert.All(polygons, p => Assert.Equal(1, p.GetArrayLength()));
        return [.. polygons.Select(p => Ring(p[0]))];
    }

    private static List<GeoPoint> Ring(JsonElement ring) =>
        [.. ring.EnumerateArray().Select(p => new GeoPoint(p[0].GetDouble(), p[1].GetDouble()))];

    private static JsonElement Feature(JsonElement areas, string id) =>
        areas.GetProperty("features").EnumerateArray().Single(f => f.Str("id") == id);

    private static JsonElement Properties(JsonElement areas, string id) => Feature(areas, id).GetProperty("properties");
}
