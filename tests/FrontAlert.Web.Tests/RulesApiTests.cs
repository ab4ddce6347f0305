using FrontAlert.Testing;
using System.Net;
using System.Text.Json;

namespace FrontAlert.Web.Tests;

/// <summary>Alert rules: PUT creates then revises, GET lists and reads, DELETE removes, bad rules are named, firing is recorded.</summary>
public sealed class RulesApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Put_creates_a_rule_with_201_then_revises_it_with_200_and_a_higher_revision()
    {
        var rule = new { name = "Hama front", kind = "control-change", scopeId = "sy-hama", minConfidence = "confirmed", severity = "critical", enabled = true };
        var created = await Server.Operator.PutAsync("rules/ru-crud", Json.Body(rule));
        var first = await created.Read();
        var revised = await Server.Operator.PutAsync("rules/ru-crud", Json.Body(rule with { severity = "warning" }));
        var second = await revised.Read();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, revised.StatusCode));
        Assert.Equal("/api/v1/rules/ru-crud", created.Headers.Location?.OriginalString);
        Assert.Equal(("ru-crud", "Hama front", "control-change", "sy-hama", "confirmed", "critical"),
            (first.Str("id"), first.Str("name"), first.Str("kind"), first.Str("scopeId"), first.Str("minConfidence"), first.Str("severity")));
        Assert.Equal((1L, 2L), (first.GetProperty("revision").GetInt64(), second.GetProperty("revision").GetInt64()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("lastFiredAt").ValueKind);
        Assert.Equal(first.GetProperty("createdAt").GetDateTimeOffset(), second.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(("warning", 2L), ((await Server.Anonymous.GetJson("rules/ru-crud")).Str("severity"), second.GetProperty("revision").GetInt64()));
        var listed = Assert.Single((await Server.Anonymous.GetJson("rules")).EnumerateArray(), r => r.Str("id") == "ru-crud");
        Assert.Equal(("warning", 2L), (listed.Str("severity"), listed.GetProperty("revision").GetInt64()));
    }

    [Fact]
    public async Task Delete_removes_a_rule_with_204_and_then_it_is_404()
    {
        await Server.Operator.PutAsync("rules/ru-gone", Json.Body(new { kind = "strike", scopeId = "sy", minKilled = 10 }));

        var deleted = await Server.Operator.DeleteAsync("rules/ru-gone");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ApiTest.AssertNotFound(await Server.Anonymous.GetAsync("rules/ru-gone"));
        await ApiTest.AssertNotFound(await Server.Operator.DeleteAsync("rules/ru-gone"));
        Assert.DoesNotContain((await Server.Anonymous.GetJson("rules")).EnumerateArray(), r => r.Str("id") == "ru-gone");
    }

    [Fact]
    public async Task Only_an_operator_can_delete_a_rule()
    {
        await Server.Operator.PutAsync("rules/ru-kept", Json.Body(new { kind = "strike", scopeId = "sy", minKilled = 10 }));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.Anonymous.DeleteAsync("rules/ru-kept")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.Reporter.DeleteAsync("rules/ru-kept")).StatusCode);
        Assert.Equal("ru-kept", (await Server.Anonymous.GetJson("rules/ru-kept")).Str("id"));
    }

    [Theory]
    [InlineData("ru-bad-kind", """{"scopeId":"sy","minKilled":1}""", "kind")]
    [InlineData("ru-bad-scope", """{"kind":"strike","scopeId":"nowhere","minKilled":1}""", "scopeId")]
    [InlineData("ru-bad-category", """{"kind":"toll-threshold","scopeId":"sy","threshold":50}""", "category")]
    [InlineData("ru-bad-threshold", """{"kind":"toll-threshold","scopeId":"sy","category":"killed"}""", "threshold")]
    [InlineData("ru-bad-strike", """{"kind":"strike","scopeId":"sy"}""", "minKilled")]
    [InlineData("ru-bad-severity", """{"kind":"strike","scopeId":"sy","minKilled":1,"severity":"loud"}""", "severity")]
    public async Task An_invalid_rule_is_a_400_naming_the_field_and_is_not_stored(string id, string json, string field)
    {
        await ApiTest.AssertInvalid(await Server.Operator.PutAsync($"rules/{id}", Json.Raw(json)), field);

        await ApiTest.AssertNotFound(await Server.Anonymous.GetAsync($"rules/{id}"));
    }

    [Fact]
    public async Task Last_fired_at_is_set_once_a_report_fires_the_rule()
    {
        await Server.Operator.PutAsync("rules/ru-fire", Json.Body(new { kind = "strike", scopeId = "sy-idlib-jisr-al-shughur-district", minKilled = 3 }));
        await Server.Ingest(Json.Strike("ru-fire-small", "sy-darkush", 2));
        var quiet = await Server.Anonymous.GetJson("rules/ru-fire");

        await Server.Ingest(Json.Strike("ru-fire-big", "sy-darkush", 4));

        Assert.Equal(JsonValueKind.Null, quiet.GetProperty("lastFiredAt").ValueKind);
        // The district's rule learns it fired from the town's roll-up, which follows the acknowledgement.
        await Eventually.Until(() => Server.Anonymous.GetJson("rules/ru-fire"), r => r.GetProperty("lastFiredAt").ValueKind == JsonValueKind.String);
        var listed = Assert.Single((await Server.Anonymous.GetJson("rules")).EnumerateArray(), r => r.Str("id") == "ru-fire");
        Assert.Equal(JsonValueKind.String, listed.GetProperty("lastFiredAt").ValueKind);
    }

    [Fact]
    public async Task A_toll_threshold_rule_fires_once_when_the_figure_crosses_and_not_for_the_past()
    {
        await Server.Ingest(Json.Toll("ru-toll-0", "sy-idlib-harem-district", "killed", 80, "sohr", asOf: "2024-12-01T00:00:00Z"));
        await Server.Operator.PutAsync("rules/ru-past", Json.Body(new { kind = "toll-threshold", scopeId = "sy-idlib-harem-district", category = "killed", threshold = 50 }));
        await Server.Operator.PutAsync("rules/ru-civ", Json.Body(new { kind = "toll-threshold", scopeId = "sy-idlib-harem-district", category = "civilians_killed", threshold = 50, minTrust = "monitor" }));
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Toll("ru-toll-1", "sy-idlib-harem-district", "civilians_killed", 40, "sohr", asOf: "2024-12-01T01:00:00Z"));
        await Server.Ingest(Json.Toll("ru-toll-2", "sy-idlib-harem-district", "civilians_killed", 55, "sohr", asOf: "2024-12-01T02:00:00Z"));
        await Server.Ingest(Json.Toll("ru-toll-3", "sy-idlib-harem-district", "civilians_killed", 60, "sohr", asOf: "2024-12-01T03:00:00Z"),
            Json.Toll("ru-toll-4", "sy-idlib-harem-district", "killed", 90, "sohr", asOf: "2024-12-01T03:00:00Z"));

        var alerts = await Server.Anonymous.Alerts($"?after={before}");
        var alert = Assert.Single(alerts);
        Assert.Equal(("ru-civ", "toll-threshold", "sy-idlib-harem-district", "civilians_killed"), (alert.Str("ruleId"), alert.Str("kind"), alert.Str("locationId"), alert.Str("category")));
        Assert.Equal((55L, 50L), (alert.GetProperty("value").GetInt64(), alert.GetProperty("threshold").GetInt64()));
        Assert.Equal(["ru-toll-2"], alert.GetProperty("reportIds").EnumerateArray().Select(r => r.GetString()));
    }
}
