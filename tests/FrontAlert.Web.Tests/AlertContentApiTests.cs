using FrontAlert.Testing;
using System.Net;
using System.Text.Json;

namespace FrontAlert.Web.Tests;

/// <summary>What one alert says: its rule, the place and scope, who reported what, and when.</summary>
public sealed class AlertContentApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_strike_alert_carries_its_rule_place_sources_reports_and_times()
    {
        Assert.Equal(HttpStatusCode.Created, (await Server.Operator.PutAsync("rules/al-fields", Json.Body(new { kind = "strike", scopeId = "sy-idlib", minKilled = 5, severity = "critical" }))).StatusCode);
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Strike("al-small", "sy-saraqib", 4), Json.Strike("al-big", "sy-saraqib", 6, 2, observedAt: "2024-12-01T04:00:00Z"));

        var alert = Assert.Single(await Server.Anonymous.Alerts($"?after={before}", atLeast: 1));
        Assert.False(string.IsNullOrEmpty(alert.Str("id")));
        Assert.Equal(before + 1, alert.GetProperty("seq").GetInt64());
        Assert.Equal(("al-fields", "strike", "critical", "sy-saraqib", "Saraqib", "sy-idlib"),
            (alert.Str("ruleId"), alert.Str("kind"), alert.Str("severity"), alert.Str("locationId"), alert.Str("locationName"), alert.Str("scopeId")));
        Assert.Contains("Saraqib: 6 killed", alert.Str("title"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(alert.Str("message")));
        Assert.Equal(["white-helmets"], alert.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["al-big"], alert.GetProperty("reportIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(DateTimeOffset.Parse("2024-12-01T04:00:00Z"), alert.GetProperty("observedAt").GetDateTimeOffset());
        Assert.InRange(alert.GetProperty("raisedAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_control_change_alert_names_who_took_the_place_from_whom()
    {
        await Server.Operator.PutAsync("rules/al-hands", Json.Body(new { kind = "control-change", scopeId = "sy-aleppo", minConfidence = "confirmed", severity = "critical" }));
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Control("al-aleppo", "sy-aleppo-city", "hts", "sohr"));

        var alert = Assert.Single(await Server.Anonymous.Alerts($"?after={before}", atLeast: 1));
        Assert.Equal(("control-change", "sy-aleppo-city", "Aleppo", "confirmed"), (alert.Str("kind"), alert.Str("locationId"), alert.Str("locationName"), alert.Str("confidence")));
        Assert.Equal(("saa", "government"), (alert.GetProperty("from").Str("actorId"), alert.GetProperty("from").Str("side")));
        Assert.Equal(("hts", "opposition"), (alert.GetProperty("to").Str("actorId"), alert.GetProperty("to").Str("side")));
        Assert.StartsWith("Aleppo changed hands", alert.Str("title"), StringComparison.Ordinal);
        Assert.Equal(["sohr"], alert.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["al-aleppo"], alert.GetProperty("reportIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("category").ValueKind);
    }
}
