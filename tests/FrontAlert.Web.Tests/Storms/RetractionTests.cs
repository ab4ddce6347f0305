using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>
/// A source takes a report back: the place recounts as if it had never come, alerts that stood on it and no longer hold
/// are corrected, and only the report's own source (or an operator) may do it.
/// </summary>
public sealed class RetractionTests(DurableServer fixture) : IClassFixture<DurableServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_retracted_capture_restores_the_previous_holder_and_raises_one_correction_of_the_original()
    {
        await Server.Tree("rt1", "rt1-town");
        await Server.Rule("rt1-front", new { kind = "control-change", scopeId = "rt1-gov", minConfidence = "confirmed", severity = "critical" });
        await Server.Ingest(Json.Control("rt1-held", "rt1-town", "saa", "sohr", "2024-11-30T08:00:00Z", status: "holds"));
        var before = await Server.Anonymous.LastSeq();
        await Server.Ingest(Json.Control("rt1-taken", "rt1-town", "hts", "sohr", "2024-11-30T10:00:00Z"));
        var original = Assert.Single(await Server.Anonymous.Alerts($"?after={before}", 1));
        Assert.Equal("hts", original.GetProperty("to").Str("actorId"));

        await Server.Ingest(Storm.Retraction("rt1-taken-x", "rt1-taken", "sohr"));

        var control = (await Server.State("rt1-town")).GetProperty("control");
        Assert.Equal(("saa", "government"), (control.Str("actorId"), control.Str("side")));
        var after = await Server.Anonymous.Alerts($"?after={original.GetProperty("seq").GetInt64()}");
        var correction = Assert.Single(after);
        Assert.Equal(("correction", original.Str("id")), (correction.Str("kind"), correction.Str("corrects")));
        Assert.Equal(("rt1-front", "critical", "rt1-town"), (correction.Str("ruleId"), correction.Str("severity"), correction.Str("locationId")));
        Assert.Equal("saa", correction.GetProperty("to").Str("actorId"));
        Assert.StartsWith("Correction: ", correction.Str("title"));
        Assert.Contains("misattributed footage", correction.Str("message"));
        Assert.Equal(original.GetProperty("seq").GetInt64() + 1, correction.GetProperty("seq").GetInt64());
        var shown = await Server.Anonymous.GetJson($"alerts/{Uri.EscapeDataString(original.Str("id")!)}");
        Assert.Equal(original.Str("id"), shown.Str("id"));
        Assert.Equal([correction.Str("id")], shown.GetProperty("corrections").EnumerateArray().Select(c => c.Str("id")));
        var itself = await Server.Anonymous.GetJson($"alerts/{Uri.EscapeDataString(correction.Str("id")!)}");
        Assert.Equal((original.Str("id"), 0), (itself.Str("corrects"), itself.GetProperty("corrections").GetArrayLength()));
        await ApiTest.AssertNotFound(await Server.Anonymous.GetAsync($"alerts/{Uri.EscapeDataString("rt1-front/none")}"));
        var timeline = await Server.Anonymous.GetJson("locations/rt1-town/timeline");
        Assert.Contains(timeline.EnumerateArray(), e => e.GetProperty("report").Str("type") == "retraction");
    }

    [Fact]
    public async Task A_retracted_strike_lowers_the_place_and_every_ancestor_exactly_once()
    {
        await Server.Tree("rt2", "rt2-town");
        await Server.Rule("rt2-deadly", new { kind = "strike", scopeId = "rt2-gov", minKilled = 5 });
        // Only this test strikes in this server: the country's figure moves by what it posts, and nothing else is in flight.
        var country = (await Server.State("sy")).Killed();
        var before = await Server.Anonymous.LastSeq();
        await Server.Ingest(Json.Strike("rt2-s1", "rt2-town", 7, source: "white-helmets"), Json.Strike("rt2-s2", "rt2-town", 3, source: "sohr"));
        string[] chain = ["rt2-town", "rt2-dist", "rt2-gov"];
        foreach (var id in chain)
        {
            await Server.Killed(id, 10);
        }
        await Server.Killed("sy", country + 10);
        var strikeAlert = Assert.Single(await Server.Anonymous.Alerts($"?after={before}", 1));

        await Server.Ingest(Storm.Retraction("rt2-s1-x", "rt2-s1", "white-helmets", "double-reported"));

        foreach (var id in chain)
        {
            await Server.Killed(id, 3);
        }
        await Server.Killed("sy", country + 3);
        // Re-posting the retraction, under its id or a new one, changes nothing.
        var again = await Server.Reporter.Post(Storm.Retraction("rt2-s1-x", "rt2-s1", "white-helmets"), Storm.Retraction("rt2-s1-y", "rt2-s1", "white-helmets"));
        Assert.Equal((0, 2), (again.GetProperty("accepted").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        // The next roll-up (a new strike) carries totals that still leave the retracted strike out, once.
        await Server.Ingest(Json.Strike("rt2-s3", "rt2-town", 1, source: "sohr"));
        foreach (var id in chain)
        {
            await Server.Killed(id, 4);
        }
        await Server.Killed("sy", country + 4);
        var strike = (await Server.State("rt2-town")).GetProperty("recentStrikes");
        Assert.DoesNotContain(strike.EnumerateArray(), s => s.Str("reportId") == "rt2-s1");
        var corrections = (await Server.Anonymous.Alerts($"?after={before}")).Where(a => a.Str("kind") == "correction").ToList();
        Assert.Equal([strikeAlert.Str("id")], corrections.Select(c => c.Str("corrects")));
    }

    [Fact]
    public async Task An_alert_that_still_holds_on_other_evidence_is_not_corrected()
    {
        await Server.Tree("rt4", "rt4-town", "rt4-other");
        await Server.Rule("rt4-front", new { kind = "control-change", scopeId = "rt4-gov", minConfidence = "confirmed" });
        await Server.Ingest(Json.Control("rt4-held", "rt4-town", "saa", "snhr", "2024-11-30T08:00:00Z", status: "holds"),
            Json.Control("rt4-held2", "rt4-other", "saa", "sohr", "2024-11-30T08:00:00Z", status: "holds"));
        var before = await Server.Anonymous.LastSeq();
        await Server.Ingest(Json.Control("rt4-sohr", "rt4-town", "hts", "sohr", "2024-11-30T10:00:00Z"),
            Json.Control("rt4-acled", "rt4-town", "hts", "acled", "2024-11-30T10:05:00Z"));
        var original = Assert.Single(await Server.Anonymous.Alerts($"?after={before}", 1));
        Assert.Contains("rt4-sohr", original.GetProperty("reportIds").EnumerateArray().Select(r => r.GetString()));

        await Server.Ingest(Storm.Retraction("rt4-sohr-x", "rt4-sohr", "sohr"));
        var control = (await Server.State("rt4-town")).GetProperty("control");
        Assert.Equal("hts", control.Str("actorId"));
        // The next alert is the other town's: nothing came between it and the original.
        await Server.Ingest(Json.Control("rt4-next", "rt4-other", "hts", "sohr", "2024-11-30T11:00:00Z"));
        var after = await Server.Anonymous.Alerts($"?after={original.GetProperty("seq").GetInt64()}", 1);
        Assert.Equal(["rt4-other"], after.Select(a => a.Str("locationId")));
    }
}
