using FrontAlert.Testing;
using System.Net;
using System.Text.Json;

namespace FrontAlert.Web.Tests;

/// <summary><c>GET /alerts</c>: the durable history in seq order, paged with <c>after</c>, filtered by scope and severity.</summary>
public sealed class AlertsApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Alerts_come_in_seq_order_and_after_and_limit_page_through_them()
    {
        await Tree("al-pg");
        await PutStrikeRule("al-page", "al-pg-land", "warning");
        var before = await Server.Anonymous.LastSeq();

        foreach (var n in new[] { 1, 2, 3 })
        {
            await Server.Ingest(Json.Strike($"al-pg-{n}", "al-pg-town-a", n));
        }

        Assert.Equal([before + 1, before + 2, before + 3], Seqs(await Server.Anonymous.Alerts($"?after={before}", atLeast: 3)));
        Assert.Equal(["al-pg-1", "al-pg-2", "al-pg-3"], ReportIds(await Server.Anonymous.Alerts($"?after={before}")));
        Assert.Equal(["al-pg-2", "al-pg-3"], ReportIds(await Server.Anonymous.Alerts($"?after={before + 1}")));
        Assert.Equal(["al-pg-1", "al-pg-2"], ReportIds(await Server.Anonymous.Alerts($"?after={before}&limit=2")));
        Assert.Empty(await Server.Anonymous.Alerts($"?after={before + 3}"));
        var all = Seqs(await Server.Anonymous.Alerts("?limit=1000"));
        Assert.Equal(Enumerable.Range(1, all.Length).Select(i => (long)i), all);
    }

    [Fact]
    public async Task Scope_id_keeps_only_alerts_for_places_in_that_subtree()
    {
        await Tree("al-sc");
        await PutStrikeRule("al-scope", "al-sc-land", "warning");
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Strike("al-sc-a", "al-sc-town-a", 1), Json.Strike("al-sc-b", "al-sc-town-b", 1));

        Assert.Equal(["al-sc-a"], ReportIds(await Server.Anonymous.Alerts($"?after={before}&scopeId=al-sc-gov-a", atLeast: 1)));
        Assert.Equal(["al-sc-b"], ReportIds(await Server.Anonymous.Alerts($"?after={before}&scopeId=al-sc-town-b", atLeast: 1)));
        Assert.Equal(["al-sc-a", "al-sc-b"], ReportIds(await Server.Anonymous.Alerts($"?after={before}&scopeId=al-sc-land")).Order());
        Assert.Empty(await Server.Anonymous.Alerts($"?after={before}&scopeId=sy"));
    }

    [Fact]
    public async Task Min_severity_keeps_alerts_at_or_above_it()
    {
        await Tree("al-sv");
        foreach (var severity in new[] { "info", "warning", "critical" })
        {
            await PutStrikeRule($"al-sv-{severity}", "al-sv-land", severity);
        }
        var before = await Server.Anonymous.LastSeq();

        await Server.Ingest(Json.Strike("al-sv-1", "al-sv-town-a", 1));

        Assert.Equal(["al-sv-critical", "al-sv-info", "al-sv-warning"], RuleIds(await Server.Anonymous.Alerts($"?after={before}", atLeast: 3)));
        Assert.Equal(["al-sv-critical", "al-sv-info", "al-sv-warning"], RuleIds(await Server.Anonymous.Alerts($"?after={before}&minSeverity=info")));
        Assert.Equal(["al-sv-critical", "al-sv-warning"], RuleIds(await Server.Anonymous.Alerts($"?after={before}&minSeverity=warning")));
        Assert.Equal(["al-sv-critical"], RuleIds(await Server.Anonymous.Alerts($"?after={before}&minSeverity=critical")));
    }

    [Theory]
    [InlineData("after=-1", "after")]
    [InlineData("minSeverity=loud", "minSeverity")]
    [InlineData("scopeId=nowhere", "scopeId")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    public async Task A_bad_query_is_a_400_naming_the_parameter(string query, string field)
    {
        await ApiTest.AssertInvalid(await Server.Anonymous.GetAsync($"alerts?{query}"), field);
    }

    /// <summary>A country of its own with two governorates and a town in each, so no other test's rule covers it.</summary>
    private async Task Tree(string prefix)
    {
        await Server.Place($"{prefix}-land", "country", null);
        foreach (var x in new[] { "a", "b" })
        {
            await Server.Place($"{prefix}-gov-{x}", "governorate", $"{prefix}-land");
            await Server.Place($"{prefix}-town-{x}", "town", $"{prefix}-gov-{x}");
        }
    }

    private async Task PutStrikeRule(string id, string scopeId, string severity, int minKilled = 1)
    {
        var response = await Server.Operator.PutAsync($"rules/{id}", Json.Body(new { kind = "strike", scopeId, minKilled, severity }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static long[] Seqs(List<JsonElement> alerts) => [.. alerts.Select(a => a.GetProperty("seq").GetInt64())];

    private static string[] RuleIds(List<JsonElement> alerts) => [.. alerts.Select(a => a.Str("ruleId")!).Order(StringComparer.Ordinal)];

    private static string[] ReportIds(List<JsonElement> alerts) => [.. alerts.Select(a => a.GetProperty("reportIds")[0].GetString()!)];
}
