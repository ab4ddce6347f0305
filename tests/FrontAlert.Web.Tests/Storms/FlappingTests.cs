using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>A town that keeps changing hands: one contested alert, the flips after it logged but held, until it settles.</summary>
public sealed class FlappingTests(DurableServer fixture) : IClassFixture<DurableServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_place_flapping_raises_one_contested_alert_and_holds_further_changes_until_it_settles()
    {
        await Server.Tree("fl1", "fl1-town");
        await Server.Rule("fl1-front", new { kind = "control-change", scopeId = "fl1-gov", minConfidence = "confirmed" });
        await Server.Rule("fl1-every", new { kind = "control-change", scopeId = "fl1-gov", minConfidence = "confirmed", flapChanges = 0 });
        await Server.Ingest(Json.Control("fl1-0", "fl1-town", "saa", "sohr", "2024-11-30T00:00:00Z", status: "holds"));
        var before = await Server.Anonymous.LastSeq();
        string[] holders = ["hts", "saa", "hts", "saa", "hts"];
        for (var i = 0; i < holders.Length; i++)
        {
            await Server.Ingest(Json.Control($"fl1-{i + 1}", "fl1-town", holders[i], "sohr", $"2024-11-30T0{i + 1}:00:00Z"));
        }
        // Six hours after the last flip the window is quiet again: this change is news.
        await Server.Ingest(Json.Control("fl1-6", "fl1-town", "saa", "sohr", "2024-11-30T12:00:00Z"));

        var alerts = await Server.Anonymous.Alerts($"?after={before}", 13);
        var front = alerts.Where(a => a.Str("ruleId") == "fl1-front").ToList();
        var contested = Assert.Single(front, a => a.Str("kind") == "contested");
        Assert.Contains("4 times within 6 h", contested.Str("title"));
        Assert.Equal(
            ["control-change:", "control-change:", "control-change:", "contested:", $"control-change:{contested.Str("id")}", $"control-change:{contested.Str("id")}", "control-change:"],
            front.Select(a => $"{a.Str("kind")}:{a.Str("inhibitedBy")}"));
        var every = alerts.Where(a => a.Str("ruleId") == "fl1-every").ToList();
        Assert.Equal(6, every.Count);
        Assert.All(every, a => Assert.Equal(("control-change", null), (a.Str("kind"), a.Str("inhibitedBy"))));
    }

    [Fact]
    public async Task Flapping_settings_are_checked_and_kept_on_the_rule()
    {
        await ApiTest.AssertInvalid(await Server.Operator.PutAsync("rules/fl-bad", Json.Body(new { kind = "control-change", scopeId = "sy", flapWindow = "6 hours" })), "flapWindow");
        await ApiTest.AssertInvalid(await Server.Operator.PutAsync("rules/fl-bad", Json.Body(new { kind = "control-change", scopeId = "sy", flapChanges = -1 })), "flapChanges");
        var stored = await Server.Rule("fl-good", new { kind = "control-change", scopeId = "sy", flapChanges = 5, flapWindow = "PT12H" });
        Assert.Equal((5, "PT12H"), (stored.GetProperty("flapChanges").GetInt32(), stored.Str("flapWindow")));
    }
}
