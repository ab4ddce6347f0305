using FrontAlert.Testing;
using System.Text.Json;

namespace FrontAlert.Web.Tests;

/// <summary><c>GET /map</c>: a GeoJSON FeatureCollection with one Point per located place and who holds it.</summary>
public sealed class MapApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task The_map_is_geojson_with_one_lon_lat_point_per_located_place()
    {
        await Server.Place("map-placed", "town", "sy-hama", lat: 35.25, lon: 36.75);
        await Server.Place("map-unplaced", "town", "sy-hama");

        var response = await Server.Anonymous.GetAsync("map");
        var map = await response.Read();
        var located = (await Server.Anonymous.GetJson("locations")).EnumerateArray()
            .Where(l => l.GetProperty("lat").ValueKind == JsonValueKind.Number && l.GetProperty("lon").ValueKind == JsonValueKind.Number)
            .Select(l => l.Str("id")).ToList();

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", map.Str("type"));
        var features = map.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(located, features.Select(f => f.GetProperty("properties").Str("id")));
        Assert.Contains("map-placed", located);
        Assert.DoesNotContain(features, f => f.Str("id") == "map-unplaced");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Server.Anonymous.GetAsync("locations/map-unplaced")).StatusCode);
        Assert.All(features, f => Assert.Equal(("Feature", "Point"), (f.Str("type"), f.GetProperty("geometry").Str("type"))));
        Assert.Equal([36.75, 35.25], Coordinates(features, "map-placed"));
        Assert.Equal([37.1343, 36.2021], Coordinates(features, "sy-aleppo-city"));
    }

    [Fact]
    public async Task A_place_on_the_map_shows_its_holder_and_changes_side_after_a_capture()
    {
        var before = Properties(await Server.Anonymous.GetJson("map"), "sy-hama-city");

        await Server.Ingest(Json.Control("map-capture", "sy-hama-city", "hts", "sohr", "2024-12-05T12:00:00Z"));

        var after = Properties(await Server.Anonymous.GetJson("map"), "sy-hama-city");
        Assert.Equal(("government", "saa", "confirmed"), (before.Str("side"), before.Str("actorId"), before.Str("confidence")));
        Assert.Equal(DateTimeOffset.Parse("2024-11-26T00:00:00Z"), before.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(("opposition", "hts", "confirmed"), (after.Str("side"), after.Str("actorId"), after.Str("confidence")));
        Assert.Equal(DateTimeOffset.Parse("2024-12-05T12:00:00Z"), after.GetProperty("since").GetDateTimeOffset());
    }

    private static double[] Coordinates(List<JsonElement> features, string id) =>
        [.. features.Single(f => f.GetProperty("properties").Str("id") == id).GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble())];

    private static JsonElement Properties(JsonElement map, string id) =>
        map.GetProperty("features").EnumerateArray().Single(f => f.Str("id") == id).GetProperty("properties");
}
