using System.Net;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>
/// The ACLED import end to end: the team's 45-row fixture goes in with the expected reports, control changes, strikes,
/// rejections (by line, naming the column) and precision, and importing it again changes nothing.
/// </summary>
public sealed class AcledImportTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    private static readonly string[] Touched =
    [
        "sy-saraqib", "sy-maarat-al-numan", "sy-tal-rifaat", "sy-kuweires", "sy-khan-shaykhun", "sy-idlib-city", "sy-idlib",
        "sy-azaz", "sy-hama-city", "sy-idlib-ariha-district", "sy-kafr-nabl", "sy-khan-al-asal",
    ];

    [Fact]
    public async Task The_fixture_imports_as_expected_and_a_second_import_changes_nothing()
    {
        foreach (var (id, rule) in new (string, object)[]
        {
            ("acled-idlib-front", new { kind = "control-change", scopeId = "sy-idlib", minConfidence = "confirmed", severity = "critical" }),
            ("acled-idlib-strikes", new { kind = "strike", scopeId = "sy-idlib", minKilled = 0 }),
            ("acled-idlib-exact-strikes", new { kind = "strike", scopeId = "sy-idlib", minKilled = 0, maxGeoPrecision = 1 }),
        })
        {
            var put = await Server.Operator.PutAsync($"rules/{id}", Json.Body(rule));
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        var before = await Server.Anonymous.LastSeq();

        var response = await Server.Operator.Import(AcledFixture.Text);
        var first = await response.Read();

        Assert.True(response.StatusCode == HttpStatusCode.OK, first.ToString());
        Assert.Equal((45, 22, 1), (first.GetProperty("rows").GetInt32(), first.GetProperty("accepted").GetInt32(), first.GetProperty("duplicates").GetInt32()));
        var rejected = first.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.Str("reason")!);
        Assert.Equal(Enumerable.Range(34, 13), rejected.Keys.Order());
        Assert.Contains("actor1: unknown actor 'Military Forces of Syria (2024-)'", rejected[34], StringComparison.Ordinal);
        Assert.Contains("actor1: unknown actor 'Wagner Group'", rejected[35], StringComparison.Ordinal);
        Assert.StartsWith("event_date: '2024-13-45'", rejected[36], StringComparison.Ordinal);
        Assert.StartsWith("event_date: 'yesterday'", rejected[37], StringComparison.Ordinal);
        Assert.Contains("server's clock", rejected[38], StringComparison.Ordinal);
        Assert.Contains("none within 10 km", rejected[39], StringComparison.Ordinal);
        Assert.Contains("nor a district named 'Nowhere'", rejected[40], StringComparison.Ordinal);
        Assert.StartsWith("admin1: no known province named 'Narnia'", rejected[41], StringComparison.Ordinal);
        Assert.StartsWith("geo_precision: '4'", rejected[42], StringComparison.Ordinal);
        Assert.StartsWith("fatalities: 'many'", rejected[43], StringComparison.Ordinal);
        Assert.StartsWith("event_id_cnty: is required", rejected[44], StringComparison.Ordinal);
        Assert.StartsWith("actor1: is required", rejected[45], StringComparison.Ordinal);
        Assert.Contains("fields", rejected[46], StringComparison.Ordinal);
        var notMapped = first.GetProperty("notMapped").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(25, 9), notMapped.Select(n => n.GetProperty("line").GetInt32()));
        Assert.Equal(["Peaceful protest", "Armed clash", "Looting/property destruction", "Attack", "Agreement", "Headquarters or base established",
            "Protest with intervention", "Abduction/forced disappearance", "Grenade"], notMapped.Select(n => n.Str("eventType")));
        Assert.Equal("an armed clash without fatalities", notMapped[1].Str("reason"));

        // Control: captures by HTS, the SNA and the SDF, at exact places, by alias, with diacritics, and at the nearest town.
        Assert.Equal(("hts", "confirmed"), await Holder("sy-saraqib"));
        Assert.Equal(("hts", "confirmed"), await Holder("sy-maarat-al-numan"));
        Assert.Equal(("sna", "confirmed"), await Holder("sy-tal-rifaat"));
        Assert.Equal(("sdf", "confirmed"), await Holder("sy-kuweires"));
        Assert.Equal(("hts", "confirmed"), await Holder("sy-khan-shaykhun"));
        var saraqib = await Server.Anonymous.GetJson("locations/sy-saraqib");
        Assert.Equal("acled:SYR1007", Assert.Single(saraqib.GetProperty("claims").EnumerateArray(), c => c.Str("sourceId") == "acled").Str("reportId"));

        // Strikes: kind, dead, civilians when ACLED flags civilian targeting, no perpetrator for "Unidentified".
        var idlib = await Strike("sy-idlib-city", "acled:SYR2001");
        Assert.Equal(("airstrike", "ru-af", 4, 4), (idlib.Str("kind"), idlib.Str("perpetratorId"), idlib.GetProperty("killed").GetInt32(), idlib.GetProperty("civiliansKilled").GetInt32()));
        var azaz = await Strike("sy-azaz", "acled:SYR2003");
        Assert.Equal((JsonValueKind.Null, "explosive"), (azaz.GetProperty("perpetratorId").ValueKind, azaz.Str("kind")));
        Assert.Equal("clash", (await Strike("sy-khan-al-asal", "acled:SYR2004")).Str("kind"));
        await Strike("sy-hama-city", "acled:SYR2015");
        await Strike("sy-kafr-nabl", "acled:SYR2014");
        var notes = Assert.Single((await Server.Anonymous.GetJson("locations/sy-kafr-nabl/timeline")).EnumerateArray(),
            e => e.GetProperty("report").Str("id") == "acled:SYR2014").GetProperty("report").Str("text");
        Assert.Equal("Russian airstrike on Kafr Nobol.\nLocal sources said one fighter was killed, and \"several\" wounded. (ACLED sources: SOHR)", notes);

        // Precision: kept on the reports; geo_precision 3 files the row under its province, 2 under its district.
        Assert.Equal((3, 2), await Precision("sy-idlib", "acled:SYR2005"));
        Assert.Equal((2, 1), await Precision("sy-idlib-ariha-district", "acled:SYR2006"));
        Assert.Equal((2, 1), await Precision("sy-khan-shaykhun", "acled:SYR1006"));
        Assert.Equal((1, 2), await Precision("sy-ariha", "acled:SYR2007"));
        Assert.Equal((1, 1), await Precision("sy-saraqib", "acled:SYR1001"));

        // ... and shown on the location's state: the holder of Khan Shaykhun is known near the place only.
        var khan = (await Server.Anonymous.GetJson("locations/sy-khan-shaykhun")).GetProperty("control").GetProperty("precision");
        Assert.Equal(2, khan.GetProperty("geo").GetInt32());
        Assert.Equal(3, (await Strike("sy-idlib", "acled:SYR2005")).GetProperty("precision").GetProperty("geo").GetInt32());

        // Alerts: the three changes of hands on the Idlib front once each; the 7 strikes in Idlib, of which 5 are placed exactly.
        var alerts = await Server.Anonymous.Alerts($"?after={before}&limit=1000", atLeast: 3 + 7 + 5);
        var changes = alerts.Where(a => a.Str("ruleId") == "acled-idlib-front").ToList();
        Assert.Equal(["sy-khan-shaykhun", "sy-maarat-al-numan", "sy-saraqib"], changes.Select(a => a.Str("locationId")).Order(StringComparer.Ordinal));
        Assert.All(changes, a => Assert.Equal("hts", a.GetProperty("to").Str("actorId")));
        Assert.Equal(2, Assert.Single(changes, a => a.Str("locationId") == "sy-khan-shaykhun").GetProperty("precision").GetProperty("geo").GetInt32());
        var strikes = alerts.Where(a => a.Str("ruleId") == "acled-idlib-strikes").ToList();
        var exact = alerts.Where(a => a.Str("ruleId") == "acled-idlib-exact-strikes").ToList();
        Assert.Equal(7, strikes.Count);
        Assert.Equal(["acled:SYR2001", "acled:SYR2002", "acled:SYR2007", "acled:SYR2008", "acled:SYR2014"],
            exact.Select(a => a.GetProperty("reportIds")[0].GetString()).Order(StringComparer.Ordinal));
        var province = Assert.Single(strikes, a => a.Str("locationId") == "sy-idlib");
        Assert.Equal((3, 2), (province.GetProperty("precision").GetProperty("geo").GetInt32(), province.GetProperty("precision").GetProperty("time").GetInt32()));
        Assert.EndsWith("(approximate: province level, within a week)", province.Str("message"), StringComparison.Ordinal);

        var states = await States();
        var afterFirst = await Server.Anonymous.LastSeq();

        var again = await (await Server.Operator.Import(AcledFixture.Text)).Read();

        Assert.Equal((0, 23, 13, 9), (again.GetProperty("accepted").GetInt32(), again.GetProperty("duplicates").GetInt32(),
            again.GetProperty("rejected").GetArrayLength(), again.GetProperty("notMapped").GetArrayLength()));
        // No repeat: the next alert to arrive is the sentinel's, with nothing from the second import before it.
        await Server.Ingest(Json.Control("acled-sentinel", "sy-sarmin", "saa", "sohr", observedAt: "2024-12-06T10:00:00Z"));
        var next = await Eventually.Get(() => Server.Anonymous.Alerts($"?after={afterFirst}&limit=1000"),
            a => a.Any(x => x.GetProperty("reportIds").EnumerateArray().Any(r => r.GetString() == "acled-sentinel")));
        Assert.All(next, a => Assert.Contains("acled-sentinel", a.GetProperty("reportIds").EnumerateArray().Select(r => r.GetString())));
        Assert.Equal(states, await States());
    }

    [Fact]
    public async Task Aliases_put_on_actors_and_places_are_returned_and_matched_by_the_import()
    {
        var actor = await Server.Operator.PutAsync("actors/acled-hamza", Json.Body(new { name = "Hamza Division", side = "opposition", aliases = new[] { "Firqat al-Ḥamzah", "Hamza Division" } }));
        var place = await Server.Operator.PutAsync("locations/acled-qabasin", Json.Body(new { name = "Qabasin", kind = "town", parentId = "sy-aleppo-al-bab-district", lat = 36.3667, lon = 37.6833, aliases = new[] { "Qabbasin" } }));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (actor.StatusCode, place.StatusCode));
        Assert.Equal(["Firqat al-Ḥamzah", "Hamza Division"], (await actor.Read()).GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var listed = Assert.Single((await Server.Anonymous.GetJson("actors")).EnumerateArray(), a => a.Str("id") == "acled-hamza");
        Assert.Equal(2, listed.GetProperty("aliases").GetArrayLength());
        Assert.Equal("Qabbasin", Assert.Single((await Server.Anonymous.GetJson("locations?parentId=sy-aleppo-al-bab-district")).EnumerateArray(),
            l => l.Str("id") == "acled-qabasin").GetProperty("aliases")[0].GetString());

        var csv = AcledFixture.Header + "\n"
            + AcledFixture.Row("SYR9001", "2024-12-01", "Non-state actor overtakes territory", "FIRQAT AL HAMZAH", "Aleppo", "Qabbasin") + "\n";
        var result = await (await Server.Operator.Import(csv)).Read();

        Assert.True(result.GetProperty("accepted").GetInt32() == 1, result.ToString());
        Assert.Equal(("acled-hamza", "confirmed"), await Holder("acled-qabasin"));
    }

    [Theory]
    [InlineData("actors/acled-bad-1", """{"name":"X","side":"other","aliases":"X"}""")]
    [InlineData("actors/acled-bad-2", """{"name":"X","side":"other","aliases":[1]}""")]
    [InlineData("sources/acled-bad-3", """{"name":"X","trust":"media","aliases":[""]}""")]
    [InlineData("locations/acled-bad-4", """{"name":"X","kind":"town","parentId":"sy-idlib","aliases":{"a":1}}""")]
    public async Task Bad_aliases_are_a_400_naming_the_field_and_nothing_is_stored(string path, string json)
    {
        await ApiTest.AssertInvalid(await Server.Operator.PutAsync(path, Json.Raw(json)), "aliases");

        Assert.Equal(HttpStatusCode.NotFound, (await Server.Anonymous.GetAsync("locations/acled-bad-4")).StatusCode);
        Assert.DoesNotContain((await Server.Anonymous.GetJson("actors")).EnumerateArray(), a => a.Str("id")!.StartsWith("acled-bad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_an_acled_export_is_refused_whole_and_only_operators_may_import()
    {
        var missing = await Server.Operator.Import("event_id_cnty,event_date\nSYR1,2024-12-01\n");
        var problem = await ApiTest.AssertInvalid(missing, "header");
        Assert.Contains("sub_event_type", problem.GetProperty("errors").GetProperty("header")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Server.Operator.Import(AcledFixture.Text, "application/json")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.Reporter.Import(AcledFixture.Text)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.Anonymous.Import(AcledFixture.Text)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_import()
    {
        var paths = (await Server.Anonymous.GetJson(new Uri(Server.Address, "/openapi/v1.json").ToString())).GetProperty("paths");

        var post = paths.GetProperty("/api/v1/imports/acled").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _), post.ToString());
        Assert.True(post.GetProperty("responses").TryGetProperty("200", out _) && post.GetProperty("responses").TryGetProperty("400", out _), post.ToString());
    }

    private async Task<(string?, string?)> Holder(string id)
    {
        var control = (await Server.Anonymous.GetJson($"locations/{id}")).GetProperty("control");
        return (control.Str("actorId"), control.Str("confidence"));
    }

    private async Task<JsonElement> Strike(string id, string reportId) =>
        Assert.Single((await Server.Anonymous.GetJson($"locations/{id}")).GetProperty("recentStrikes").EnumerateArray(), s => s.Str("reportId") == reportId);

    private async Task<(int, int)> Precision(string id, string reportId)
    {
        var entry = Assert.Single((await Server.Anonymous.GetJson($"locations/{id}/timeline")).EnumerateArray(),
            e => e.GetProperty("report").Str("id") == reportId);
        var precision = entry.GetProperty("report").GetProperty("precision");
        return (precision.GetProperty("geo").GetInt32(), precision.GetProperty("time").GetInt32());
    }

    private async Task<List<string>> States() =>
        [.. await Task.WhenAll(Touched.Select(async id => (await Server.Anonymous.GetJson($"locations/{id}")).ToString()))];
}
