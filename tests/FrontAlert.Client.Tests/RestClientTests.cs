using System.Net;
using System.Text;

namespace FrontAlert.Client.Tests;

/// <summary>The typed REST client against the real API: what goes in, what comes back, and refusals as typed problems.</summary>
[Collection(ServerCollection.Name)]
public sealed class RestClientTests(ServerFixture fixture)
{
    [Fact]
    public async Task Posting_reports_returns_accepted_duplicates_and_each_rejection_with_its_field()
    {
        var id = Given.Unique("rest-ingest");
        var good = Given.Strike(id + "-ok", "sy-daraa");
        var bad = Given.Strike(id + "-bad", "sy-nowhere");

        var result = await fixture.Reporter.PostReports([good, bad]);

        Assert.Equal(1, result.Accepted);
        Assert.Equal(0, result.Duplicates);
        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(1, rejection.Index);
        Assert.Equal(id + "-bad", rejection.Id);
        Assert.Contains(rejection.Errors, e => e.Field == "locationId");

        var again = await fixture.Reporter.PostReports([good]);
        Assert.Equal(new IngestResult(0, 1, []), again with { Rejected = [] });
    }

    [Fact]
    public async Task Ndjson_with_a_broken_line_rejects_that_line_only()
    {
        var id = Given.Unique("rest-nd");
        var ndjson = $$"""
            {"id":"{{id}}-1","type":"control","locationId":"sy-daraa-city","actorId":"southern-ops","status":"captured","observedAt":"2024-12-06T10:00:00Z","sourceId":"sohr"}
            {"id":"{{id}}-2","type":"strike",
            {"id":"{{id}}-3","type":"toll","locationId":"sy-daraa","category":"killed","value":12,"asOf":"2024-12-06T10:00:00Z","sourceId":"sohr"}
            """;

        var result = await fixture.Reporter.PostReportsNdjson(new MemoryStream(Encoding.UTF8.GetBytes(ndjson)));

        Assert.Equal(2, result.Accepted);
        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(1, rejection.Index);
        Assert.Equal("$", Assert.Single(rejection.Errors).Field);
    }

    [Fact]
    public async Task A_single_invalid_report_is_a_problem_naming_its_fields()
    {
        var e = await Assert.ThrowsAsync<FrontAlertApiException>(() =>
            fixture.Reporter.PostReportsJson("""{"id":"x","type":"strike","locationId":"sy","observedAt":"not a time","sourceId":"sohr"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, e.Status);
        Assert.Contains("observedAt", e.Errors.Keys);
        Assert.NotEmpty(e.Errors["observedAt"]);
        Assert.Contains("observedAt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_round_trip_put_get_list_update_delete()
    {
        var id = Given.Unique("rest-rule");
        var rule = new Rule
        {
            Id = id,
            Name = "Idlib civilians",
            Kind = RuleKind.TollThreshold,
            ScopeId = "sy-idlib",
            Category = TollCategory.CiviliansKilled,
            Threshold = 50,
            MinTrust = Trust.Monitor,
            Severity = Severity.Critical,
        };

        var created = await fixture.Operator.PutRule(rule);
        Assert.Equal(1, created.Revision);
        Assert.Equal(TollCategory.CiviliansKilled, created.Category);
        Assert.Equal(Severity.Critical, created.Severity);
        Assert.True(created.Enabled);

        var read = await fixture.Anonymous.GetRule(id);
        Assert.Equal(created with { LastFiredAt = null }, read with { LastFiredAt = null });
        Assert.Contains(await fixture.Anonymous.GetRules(), r => r.Id == id);

        var updated = await fixture.Operator.PutRule(read with { Threshold = 60, Enabled = false });
        Assert.Equal(2, updated.Revision);
        Assert.Equal(60, updated.Threshold);
        Assert.False(updated.Enabled);

        await fixture.Operator.DeleteRule(id);
        var gone = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetRule(id));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.DoesNotContain(await fixture.Anonymous.GetRules(), r => r.Id == id);
    }

    [Fact]
    public async Task An_invalid_rule_is_a_typed_problem_with_field_errors_and_nothing_is_stored()
    {
        var id = Given.Unique("rest-bad-rule");

        var e = await Assert.ThrowsAsync<FrontAlertApiException>(() =>
            fixture.Operator.PutRuleJson(id, """{"kind":"toll-threshold","scopeId":"sy-atlantis","severity":"loud"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, e.Status);
        Assert.False(string.IsNullOrEmpty(e.Title));
        Assert.Contains("scopeId", e.Errors.Keys);
        Assert.Contains("severity", e.Errors.Keys);
        await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetRule(id));
    }

    [Fact]
    public async Task Keys_are_checked_a_missing_one_is_401_or_403_and_a_reporter_cannot_change_rules()
    {
        var anonymous = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.PostReports([Given.Strike(Given.Unique("k"), "sy")]));
        Assert.True(anonymous.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, anonymous.Message);

        var reporter = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Reporter.PutRule(Given.StrikeRule(Given.Unique("k"), "sy")));
        Assert.Equal(HttpStatusCode.Forbidden, reporter.Status);

        var wrong = new FrontAlertClient(fixture.Server.Anonymous, "not-a-key");
        var unknown = await Assert.ThrowsAsync<FrontAlertApiException>(() => wrong.GetRules());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
    }

    [Fact]
    public async Task A_claim_against_the_confirmed_holder_reads_as_a_challenge_beside_it()
    {
        var id = Given.Unique("rest-challenge");
        await fixture.Reporter.PostReports([Given.Control(id, "sy-kafr-takharim", "saa", source: "state-tv")]);

        var state = await fixture.Anonymous.GetLocation("sy-kafr-takharim");

        Assert.Equal(Confidence.Confirmed, state.Control!.Confidence);
        Assert.NotEqual(Side.Government, state.Control.Side);
        Assert.Equal(("saa", Side.Government, Confidence.Claimed), (state.Challenge!.ActorId, state.Challenge.Side, state.Challenge.Confidence));
        Assert.Equal(["state-tv"], state.Challenge.SourceIds);
    }

    [Fact]
    public async Task Location_state_and_timeline_show_who_holds_a_place_and_what_was_reported()
    {
        var id = Given.Unique("rest-state");
        var result = await fixture.Reporter.PostReports([Given.Control(id + "-c", "sy-saraqib", "hts"), Given.Strike(id + "-s", "sy-saraqib", killed: 7, civilians: 5)]);
        Assert.Equal(2, result.Accepted);

        var state = await fixture.Anonymous.GetLocation("sy-saraqib");
        Assert.Equal("sy-saraqib", state.Location.Id);
        Assert.Equal("hts", state.Control!.ActorId);
        Assert.Equal(Side.Opposition, state.Control.Side);
        Assert.Equal(Confidence.Confirmed, state.Control.Confidence); // sohr is a monitor
        Assert.Contains(state.Claims, c => c.SourceId == "sohr" && c.ActorId == "hts");
        Assert.True(state.Tolls["killed"].Incidents >= 7);
        Assert.Contains(state.RecentStrikes, s => s.ReportId == id + "-s" && s.CiviliansKilled == 5);

        var timeline = await fixture.Anonymous.GetTimeline("sy-saraqib", limit: 50);
        var control = Assert.IsType<ControlReport>(timeline.Single(e => e.Report.Id == id + "-c").Report);
        Assert.Equal(ControlStatus.Captured, control.Status);
        var strike = Assert.IsType<StrikeReport>(timeline.Single(e => e.Report.Id == id + "-s").Report);
        Assert.Equal(7, strike.Killed);

        var missing = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetLocation("sy-atlantis"));
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Alerts_are_read_in_seq_order_with_filters_and_the_last_seq_is_found()
    {
        var start = await fixture.Anonymous.GetLastSeq();
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("rest-alerts-w"), "sy-quneitra", Severity.Warning));
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("rest-alerts-c"), "sy-quneitra", Severity.Critical));
        var ids = await fixture.Reporter.Strikes("sy-quneitra", 3);

        var all = await Eventually(() => fixture.Anonymous.GetAlerts(after: start, scopeId: "sy-quneitra"), a => a.Count >= 6);
        Assert.Equal(6, all.Count);
        Assert.Equal(all.Select(a => a.Seq).Order(), all.Select(a => a.Seq));
        Assert.All(all, a => Assert.Equal(RuleKind.Strike, a.Kind));
        Assert.All(all, a => Assert.Contains(Assert.Single(a.ReportIds), ids));
        Assert.Equal(ids.Order(), all.Select(a => a.ReportIds[0]).Distinct().Order());

        var critical = await fixture.Anonymous.GetAlerts(after: start, scopeId: "sy-quneitra", minSeverity: Severity.Critical);
        Assert.Equal(3, critical.Count);
        Assert.All(critical, a => Assert.Equal(Severity.Critical, a.Severity));
        var page = await fixture.Anonymous.GetAlerts(after: all[1].Seq, scopeId: "sy-quneitra", limit: 2);
        Assert.Equal(all.Skip(2).Take(2).Select(a => a.Id), page.Select(a => a.Id));

        Assert.Equal(await LastSeqByPaging(), await fixture.Anonymous.GetLastSeq());
        var bad = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Anonymous.GetAlerts(scopeId: "sy-atlantis"));
        Assert.Contains("scopeId", bad.Errors.Keys);
    }

    private async Task<long> LastSeqByPaging() => (await fixture.Anonymous.History(0)).LastOrDefault()?.Seq ?? 0;

    private static async Task<IReadOnlyList<Alert>> Eventually(Func<Task<IReadOnlyList<Alert>>> probe, Func<IReadOnlyList<Alert>, bool> done) =>
        await FrontAlert.Testing.Eventually.Get(probe, done);
}
