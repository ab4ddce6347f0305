using FrontAlert.Testing;
using System.Net;

namespace FrontAlert.Web.Tests;

/// <summary>The gazetteer endpoints: PUT and GET of one location with its live state, the filtered list.</summary>
public sealed class LocationsApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Put_creates_a_location_under_its_parent_with_201_and_updates_it_with_200()
    {
        var created = await Server.Operator.PutAsync("locations/loc-new-town", Json.Body(new { name = "New Town", kind = "town", parentId = "sy-idlib-harem-district", lat = 36.1, lon = 36.5 }));
        var body = await created.Read();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/locations/loc-new-town", created.Headers.Location?.OriginalString);
        Assert.Equal(("loc-new-town", "New Town", "town", "sy-idlib-harem-district"), (body.Str("id"), body.Str("name"), body.Str("kind"), body.Str("parentId")));
        Assert.Equal((36.1, 36.5), (body.GetProperty("lat").GetDouble(), body.GetProperty("lon").GetDouble()));

        var updated = await Server.Operator.PutAsync("locations/loc-new-town", Json.Body(new { name = "Renamed Town", kind = "village", parentId = "sy-idlib-harem-district" }));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var place = (await Server.Anonymous.GetJson("locations/loc-new-town")).GetProperty("location");
        Assert.Equal(("Renamed Town", "village"), (place.Str("name"), place.Str("kind")));
        Assert.Contains((await Server.Anonymous.GetJson("locations?parentId=sy-idlib-harem-district")).EnumerateArray(), l => l.Str("id") == "loc-new-town");
    }

    [Theory]
    [InlineData("loc-bad-parent", """{"name":"X","kind":"town","parentId":"nowhere"}""", "parentId")]
    [InlineData("loc-bad-name", """{"kind":"town","parentId":"sy-idlib"}""", "name")]
    [InlineData("loc-bad-kind", """{"name":"X","kind":"hamlet","parentId":"sy-idlib"}""", "kind")]
    [InlineData("loc-bad-lat", """{"name":"X","kind":"town","parentId":"sy-idlib","lat":91,"lon":36}""", "lat")]
    [InlineData("loc-bad-orphan", """{"name":"X","kind":"town"}""", "parentId")]
    public async Task An_invalid_location_is_a_400_naming_the_field_and_is_not_created(string id, string json, string field)
    {
        await ApiTest.AssertInvalid(await Server.Operator.PutAsync($"locations/{id}", Json.Raw(json)), field);

        await ApiTest.AssertNotFound(await Server.Anonymous.GetAsync($"locations/{id}"));
    }

    [Fact]
    public async Task Making_a_governorate_the_child_of_its_own_town_is_refused_as_a_cycle()
    {
        var response = await Server.Operator.PutAsync("locations/sy-idlib", Json.Body(new { name = "Idlib Governorate", kind = "governorate", parentId = "sy-saraqib" }));

        await ApiTest.AssertInvalid(response, "parentId");
        Assert.Equal("sy", (await Server.Anonymous.GetJson("locations/sy-idlib")).GetProperty("location").Str("parentId"));
    }

    [Fact]
    public async Task Get_of_one_returns_control_claims_tolls_and_recent_strikes()
    {
        await Server.Ingest(
            Json.Control("loc-live-c", "sy-maarat-al-numan", "hts", "sohr", "2024-11-30T10:00:00Z"),
            Json.Strike("loc-live-s", "sy-maarat-al-numan", killed: 4, civilians: 3),
            Json.Toll("loc-live-t", "sy-maarat-al-numan", "killed", 20, "sohr"));

        var state = await Server.Anonymous.GetJson("locations/sy-maarat-al-numan");

        var control = state.GetProperty("control");
        Assert.Equal(("hts", "opposition", "captured", "confirmed"), (control.Str("actorId"), control.Str("side"), control.Str("status"), control.Str("confidence")));
        Assert.Equal(DateTimeOffset.Parse("2024-11-30T10:00:00Z"), control.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(["sohr"], control.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        var claim = Assert.Single(state.GetProperty("claims").EnumerateArray());
        Assert.Equal(("sohr", "hts", "opposition", "loc-live-c"), (claim.Str("sourceId"), claim.Str("actorId"), claim.Str("side"), claim.Str("reportId")));
        Assert.Equal(["killed", "civilians_killed", "combatants_killed", "wounded"], state.GetProperty("tolls").EnumerateObject().Select(p => p.Name));
        Assert.Equal((4L, 20L, 20L), (state.Toll("killed"), state.GetProperty("tolls").GetProperty("killed").GetProperty("bySource").GetProperty("sohr").GetInt64(), state.Toll("killed", "effective")));
        Assert.Equal((3L, 3L), (state.Toll("civilians_killed"), state.Toll("civilians_killed", "effective")));
        Assert.Empty(state.GetProperty("tolls").GetProperty("civilians_killed").GetProperty("bySource").EnumerateObject());
        Assert.Equal((1L, 2L), (state.Toll("combatants_killed", "effective"), state.Toll("wounded", "effective")));
        var strike = Assert.Single(state.GetProperty("recentStrikes").EnumerateArray());
        Assert.Equal(("loc-live-s", 4, 3), (strike.Str("reportId"), strike.GetProperty("killed").GetInt32(), strike.GetProperty("civiliansKilled").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.String, state.GetProperty("updatedAt").ValueKind);
    }

    [Fact]
    public async Task Get_of_an_unknown_location_is_a_404_problem()
    {
        var response = await Server.Anonymous.GetAsync("locations/nowhere");

        await ApiTest.AssertNotFound(response);
        await ApiTest.AssertNotFound(await Server.Anonymous.GetAsync("locations/nowhere/timeline"));
    }

    [Fact]
    public async Task The_list_filters_by_parent_and_kind()
    {
        var governorates = (await Server.Anonymous.GetJson("locations?parentId=sy&kind=governorate")).EnumerateArray().ToList();
        var district = (await Server.Anonymous.GetJson("locations?parentId=sy-idlib-idlib-district")).EnumerateArray().Select(l => l.Str("id"));
        var countries = (await Server.Anonymous.GetJson("locations?kind=country")).EnumerateArray().Select(l => l.Str("id"));

        Assert.Equal(14, governorates.Count);
        Assert.All(governorates, g => Assert.Equal(("sy", "governorate"), (g.Str("parentId"), g.Str("kind"))));
        Assert.Contains(governorates, g => g.Str("id") == "sy-hama");
        Assert.Equal(["sy-abu-al-duhur", "sy-binnish", "sy-idlib-city", "sy-maarrat-misrin", "sy-saraqib", "sy-sarmin", "sy-taftanaz"], district);
        Assert.Equal(["sy"], countries);
    }

    [Fact]
    public async Task Listing_by_an_unknown_kind_is_a_400_naming_kind()
    {
        await ApiTest.AssertInvalid(await Server.Anonymous.GetAsync("locations?kind=hamlet"), "kind");
    }
}
