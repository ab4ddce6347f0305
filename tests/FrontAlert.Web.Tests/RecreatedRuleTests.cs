using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>Issue case 6: a toll rule deleted and created again under the same id hears its first crossing.</summary>
public sealed class RecreatedRuleTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_re_created_toll_rule_alerts_on_its_first_crossing()
    {
        var after = await Server.Anonymous.LastSeq();
        await Put(new { kind = "toll-threshold", scopeId = "sy-hasakah", category = "killed", threshold = 50, minTrust = "monitor" });
        await Server.Ingest(Json.Toll("rr-1", "sy-hasakah", "killed", 60, "sohr", "2024-12-01T09:00:00Z"));
        var first = Assert.Single(await Server.Anonymous.Alerts($"?after={after}&scopeId=sy-hasakah", atLeast: 1));

        Assert.Equal(HttpStatusCode.NoContent, (await Server.Operator.DeleteAsync("rules/rr-hasakah")).StatusCode);
        await Put(new { kind = "toll-threshold", scopeId = "sy-hasakah", category = "killed", threshold = 100, minTrust = "monitor" });
        await Server.Ingest(Json.Toll("rr-2", "sy-hasakah", "killed", 120, "sohr", "2024-12-01T10:00:00Z"));

        var alerts = await Server.Anonymous.Alerts($"?after={after}&scopeId=sy-hasakah", atLeast: 2);
        Assert.Equal([60L, 120L], alerts.Select(a => a.GetProperty("value").GetInt64()));
        Assert.NotEqual(first.Str("id"), alerts[1].Str("id"));
        Assert.Equal("rr-hasakah", alerts[1].Str("ruleId"));
    }

    private async Task Put(object rule) =>
        Assert.True((await Server.Operator.PutAsync("rules/rr-hasakah", Json.Body(rule))).IsSuccessStatusCode);
}
