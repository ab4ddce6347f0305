using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>Toll divergence: the highest and lowest trusted figures far apart fire once, and again only after the gap closed.</summary>
public sealed class DivergenceTests(DurableServer fixture) : IClassFixture<DurableServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Divergence_fires_once_names_both_sources_and_re_arms_only_after_the_gap_closed()
    {
        await Server.Tree("dv1");
        await Server.Rule("dv1-gap", new { kind = "toll-divergence", scopeId = "dv1-gov", category = "killed", ratio = 2.5, minTrust = "partisan", severity = "warning" });
        var before = await Server.Anonymous.LastSeq();
        await Server.Ingest(Json.Toll("dv1-sohr-1", "dv1-gov", "killed", 372, "sohr", "2024-12-01T09:00:00Z"),
            Json.Toll("dv1-tv-1", "dv1-gov", "killed", 900, "state-tv", "2024-12-01T09:00:00Z"));
        // 900 is under 2.5 × 372 = 930: no gap yet. Then state TV says 1,000, and unverified talk of 5,000 does not count.
        await Server.Ingest(Json.Toll("dv1-tv-2", "dv1-gov", "killed", 1000, "state-tv", "2024-12-01T10:00:00Z"),
            Json.Toll("dv1-social", "dv1-gov", "killed", 5000, "social-media", "2024-12-01T10:00:00Z"));
        var fired = Assert.Single(await Server.Anonymous.Alerts($"?after={before}", 1));
        Assert.Equal(("toll-divergence", "dv1-gap", "dv1-gov"), (fired.Str("kind"), fired.Str("ruleId"), fired.Str("locationId")));
        Assert.Equal(["state-tv", "sohr"], fired.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("1,000", fired.Str("title"));
        Assert.Contains("372", fired.Str("title"));

        // Wider still: no repeat. The next alert to arrive is the re-armed one, after the gap closed (sohr 420) and reopened.
        await Server.Ingest(Json.Toll("dv1-tv-3", "dv1-gov", "killed", 1200, "state-tv", "2024-12-01T11:00:00Z"));
        await Server.Ingest(Json.Toll("dv1-sohr-2", "dv1-gov", "killed", 500, "sohr", "2024-12-01T12:00:00Z"));
        await Server.Ingest(Json.Toll("dv1-tv-4", "dv1-gov", "killed", 1500, "state-tv", "2024-12-01T13:00:00Z"));
        var all = await Server.Anonymous.Alerts($"?after={before}", 2);
        Assert.Equal(2, all.Count);
        Assert.Contains("1,500", all[1].Str("title"));
        Assert.NotEqual(all[0].Str("id"), all[1].Str("id"));
    }

    [Fact]
    public async Task A_divergence_rule_names_its_bad_fields()
    {
        var response = await Server.Operator.PutAsync("rules/dv-bad", Json.Body(new { kind = "toll-divergence", scopeId = "sy", category = "killed", ratio = 0.5 }));
        await ApiTest.AssertInvalid(response, "ratio");
        var missing = await Server.Operator.PutAsync("rules/dv-bad", Json.Body(new { kind = "toll-divergence", scopeId = "sy", ratio = 3 }));
        await ApiTest.AssertInvalid(missing, "category");
        var stored = await Server.Rule("dv-good", new { kind = "toll-divergence", scopeId = "sy", category = "wounded", ratio = 3 });
        Assert.Equal(3, stored.GetProperty("ratio").GetDouble());
    }
}
