using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>"The city fell" holds back its villages' change alerts for a while: they are logged, marked inhibitedBy.</summary>
public sealed class InhibitionTests(DurableServer fixture) : IClassFixture<DurableServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task While_the_city_fell_alert_stands_its_villages_changes_are_logged_marked_inhibitedBy_it()
    {
        await Server.Tree("in1", "in1-other");
        await Server.Place("in1-city", "city", "in1-dist");
        await Server.Place("in1-v1", "village", "in1-city");
        await Server.Place("in1-v2", "village", "in1-city");
        await Server.Rule("in1-city-fell", new { kind = "control-change", scopeId = "in1-city", severity = "critical" });
        await Server.Rule("in1-villages", new { kind = "control-change", scopeId = "in1-gov" });
        await Server.Rule("in1-hold", new { kind = "inhibit", sourceRuleId = "in1-city-fell", targetRuleIds = new[] { "in1-villages" }, window = "PT2H" });
        foreach (var place in new[] { "in1-city", "in1-v1", "in1-v2", "in1-other" })
        {
            await Server.Ingest(Json.Control($"{place}-0", place, "saa", "sohr", "2024-11-30T06:00:00Z", status: "holds"));
        }
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Control("in1-v2-1", "in1-v2", "hts", "sohr", "2024-11-30T09:00:00Z")); // before the city fell
        await Server.Ingest(Json.Control("in1-city-1", "in1-city", "hts", "sohr", "2024-11-30T10:00:00Z"));
        await Server.Ingest(Json.Control("in1-v1-1", "in1-v1", "hts", "sohr", "2024-11-30T10:20:00Z"));
        await Server.Ingest(Json.Control("in1-other-1", "in1-other", "hts", "sohr", "2024-11-30T10:30:00Z")); // not inside the city

        var alerts = await Server.Anonymous.Alerts($"?after={before}", 7);
        var fell = Assert.Single(alerts, a => a.Str("ruleId") == "in1-city-fell" && a.Str("locationId") == "in1-city");
        var villages = alerts.Where(a => a.Str("ruleId") == "in1-villages").ToDictionary(a => a.Str("locationId")!, a => a.Str("inhibitedBy"));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["in1-v2"] = null, ["in1-city"] = null, ["in1-v1"] = fell.Str("id"), ["in1-other"] = null,
        }, villages);
        Assert.All(alerts.Where(a => a.Str("ruleId") == "in1-city-fell"), a => Assert.Null(a.Str("inhibitedBy")));
    }

    [Fact]
    public async Task An_inhibit_rule_names_its_bad_fields()
    {
        await Server.Rule("in2-src", new { kind = "control-change", scopeId = "sy" });
        var unknown = await Server.Operator.PutAsync("rules/in2", Json.Body(new { kind = "inhibit", sourceRuleId = "in2-nothing", targetRuleIds = new[] { "in2-src" }, window = "PT2H" }));
        await ApiTest.AssertInvalid(unknown, "sourceRuleId");
        var window = await Server.Operator.PutAsync("rules/in2", Json.Body(new { kind = "inhibit", sourceRuleId = "in2-src", targetRuleIds = new[] { "in2-src" }, window = "2 hours" }));
        await ApiTest.AssertInvalid(window, "window");
        var targets = await Server.Operator.PutAsync("rules/in2", Json.Body(new { kind = "inhibit", sourceRuleId = "in2-src", targetRuleIds = Array.Empty<string>(), window = "PT2H" }));
        await ApiTest.AssertInvalid(targets, "targetRuleIds");
        var stored = await Server.Rule("in2", new { kind = "inhibit", sourceRuleId = "in2-src", targetRuleIds = new[] { "in2-src" }, window = "PT2H" });
        Assert.Equal(("PT2H", "sy"), (stored.Str("window"), stored.Str("scopeId")));
    }
}
