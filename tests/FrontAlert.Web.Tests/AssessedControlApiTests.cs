using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>
/// Issue case 2, as a user sees it over HTTP: a monitor confirmed HTS took Maarat al-Numan; state TV then claims the
/// army recaptured it; the rebel command says it still holds it. The live state and the map keep HTS as the assessed
/// holder and show state TV's claim beside it as a contested challenge; a claims rule still hears the claim.
/// </summary>
public sealed class AssessedControlApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Propaganda_does_not_flip_the_map_and_the_denial_is_shown()
    {
        var rule = await Server.Operator.PutAsync("rules/maarat-claims", Json.Body(new { kind = "control-change", scopeId = "sy-maarat-al-numan", minConfidence = "claimed" }));
        Assert.True(rule.IsSuccessStatusCode);
        var after = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Control("ac-1", "sy-maarat-al-numan", "hts", "sohr", "2024-11-30T12:00:00Z"));
        await Server.Ingest(Json.Control("ac-2", "sy-maarat-al-numan", "saa", "state-tv", "2024-12-01T06:00:00Z"));
        await Server.Ingest(Json.Control("ac-3", "sy-maarat-al-numan", "hts", "rebel-command", "2024-12-01T07:00:00Z", status: "holds"));

        var state = await Server.Anonymous.GetJson("locations/sy-maarat-al-numan");
        var control = state.GetProperty("control");
        Assert.Equal(("hts", "opposition", "confirmed"), (control.Str("actorId"), control.Str("side"), control.Str("confidence")));
        var challenge = state.GetProperty("challenge");
        Assert.Equal(("saa", "government", "captured", "contested"), (challenge.Str("actorId"), challenge.Str("side"), challenge.Str("status"), challenge.Str("confidence")));
        Assert.Equal(DateTimeOffset.Parse("2024-12-01T06:00:00Z"), challenge.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(["state-tv"], challenge.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["ac-2"], challenge.GetProperty("reportIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["rebel-command"], challenge.GetProperty("deniedBy").EnumerateArray().Select(s => s.GetString()));

        var feature = (await Server.Anonymous.GetJson("map")).GetProperty("features").EnumerateArray().Single(f => f.Str("id") == "sy-maarat-al-numan");
        var props = feature.GetProperty("properties");
        Assert.Equal(("opposition", "hts", "confirmed"), (props.Str("side"), props.Str("actorId"), props.Str("confidence")));
        Assert.Equal(("government", "contested"), (props.GetProperty("challenge").Str("side"), props.GetProperty("challenge").Str("confidence")));

        var alerts = await Server.Anonymous.Alerts($"?after={after}&scopeId=sy-maarat-al-numan", atLeast: 2);
        var claim = alerts.Single(a => a.Str("confidence") == "claimed");
        Assert.Equal("Maarat al-Numan changed hands: Hay'at Tahrir al-Sham → Syrian Arab Army (claimed by Syrian state TV)", claim.Str("title"));
        Assert.Contains("Assessed holder: Hay'at Tahrir al-Sham (opposition), confirmed.", claim.Str("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_made_after_the_holders_side_spoke_names_the_denial_in_the_alert()
    {
        var rule = await Server.Operator.PutAsync("rules/binnish-claims", Json.Body(new { kind = "control-change", scopeId = "sy-binnish", minConfidence = "claimed" }));
        Assert.True(rule.IsSuccessStatusCode);
        var after = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Control("ac-b1", "sy-binnish", "hts", "sohr", "2024-11-30T12:00:00Z"));
        await Server.Ingest(Json.Control("ac-b2", "sy-binnish", "hts", "rebel-command", "2024-12-01T05:00:00Z", status: "holds"));
        await Server.Ingest(Json.Control("ac-b3", "sy-binnish", "saa", "state-tv", "2024-12-01T06:00:00Z"));

        var alerts = await Server.Anonymous.Alerts($"?after={after}&scopeId=sy-binnish", atLeast: 2);
        var claim = alerts.Single(a => a.Str("confidence") == "claimed");
        Assert.StartsWith("Syrian state TV claims that Syrian Arab Army (government) took Binnish from Hay'at Tahrir al-Sham (opposition); Military Operations Command denies.",
            claim.Str("message"), StringComparison.Ordinal);
    }
}
