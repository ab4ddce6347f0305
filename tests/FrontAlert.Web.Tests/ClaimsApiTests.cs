using FrontAlert.Testing;
using System.Net;

namespace FrontAlert.Web.Tests;

/// <summary>
/// Contradictory claims as the API shows them (assessed control, ADR 0002): a claim that cannot confirm on its own stands
/// beside the confirmed holder as a challenge, contested when the holder's side or a strong source contradicts it.
/// </summary>
public sealed class ClaimsApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task An_outlet_disagreeing_with_a_monitor_within_the_hour_is_a_contested_challenge_and_rules_hear_the_contest()
    {
        await PutRule("cl-confirmed", "sy-idlib-idlib-district", "confirmed");
        await PutRule("cl-claimed", "sy-idlib-idlib-district", "claimed");
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(
            Json.Control("cl-sohr", "sy-saraqib", "hts", "sohr", "2024-11-30T10:00:00Z"),
            Json.Control("cl-reuters", "sy-saraqib", "saa", "reuters", "2024-11-30T10:30:00Z", status: "holds"));

        var state = await Server.Anonymous.GetJson("locations/sy-saraqib");
        var control = state.GetProperty("control");
        Assert.Equal(("hts", "confirmed"), (control.Str("actorId"), control.Str("confidence")));
        var challenge = state.GetProperty("challenge");
        Assert.Equal(("saa", "holds", "contested"), (challenge.Str("actorId"), challenge.Str("status"), challenge.Str("confidence")));
        Assert.Equal(["reuters"], challenge.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["sohr"], challenge.GetProperty("deniedBy").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["reuters:saa", "sohr:hts"], state.GetProperty("claims").EnumerateArray().Select(c => $"{c.Str("sourceId")}:{c.Str("actorId")}"));
        var alerts = await Server.Anonymous.Alerts($"?after={before}");
        Assert.Equal(["confirmed"], alerts.Where(a => a.Str("ruleId") == "cl-confirmed").Select(a => a.Str("confidence")));
        Assert.Equal(["confirmed", "contested"], alerts.Where(a => a.Str("ruleId") == "cl-claimed").Select(a => a.Str("confidence")));
    }

    [Fact]
    public async Task A_state_tv_claim_denied_by_the_rebel_command_stays_a_challenge_beside_the_holder()
    {
        await PutRule("cl-ariha", "sy-idlib-ariha-district", "claimed");
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Control("cl-tv", "sy-ariha", "saa", "state-tv", "2024-11-30T10:00:00Z"));
        await Server.Ingest(Json.Control("cl-denial", "sy-ariha", "hts", "rebel-command", "2024-11-30T11:00:00Z", status: "holds"));

        var state = await Server.Anonymous.GetJson("locations/sy-ariha");
        var control = state.GetProperty("control");
        Assert.Equal(("hts", "opposition", "confirmed"), (control.Str("actorId"), control.Str("side"), control.Str("confidence")));
        var challenge = state.GetProperty("challenge");
        Assert.Equal(("saa", "government", "contested"), (challenge.Str("actorId"), challenge.Str("side"), challenge.Str("confidence")));
        Assert.Equal(["state-tv"], challenge.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["rebel-command"], challenge.GetProperty("deniedBy").EnumerateArray().Select(s => s.GetString()));
        var alert = Assert.Single(await Server.Anonymous.Alerts($"?after={before}"), a => a.Str("ruleId") == "cl-ariha");
        Assert.Equal(("claimed", "saa", "hts"), (alert.Str("confidence"), alert.GetProperty("to").Str("actorId"), alert.GetProperty("from").Str("actorId")));
    }

    private async Task PutRule(string id, string scopeId, string minConfidence)
    {
        var response = await Server.Operator.PutAsync($"rules/{id}", Json.Body(new { kind = "control-change", scopeId, minConfidence, severity = "warning" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
