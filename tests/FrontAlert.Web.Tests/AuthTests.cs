using FrontAlert.Testing;
using System.Net;

namespace FrontAlert.Web.Tests;

/// <summary>Wrong or missing keys are refused with 401/403 and change nothing.</summary>
public sealed class AuthTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Posting_reports_without_a_key_is_401_and_stores_nothing()
    {
        var response = await Server.Anonymous.PostAsync("reports", Json.Body(Json.Strike("auth-anon", "sy-saraqib", 9)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await Server.Anonymous.GetJson("locations/sy-saraqib/timeline")).EnumerateArray());
    }

    [Fact]
    public async Task A_wrong_key_is_401_even_where_anonymous_reads_are_allowed()
    {
        using var wrong = Server.Client("not-a-key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostAsync("reports", Json.Body(Json.Strike("auth-wrong", "sy-saraqib", 9)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("locations/sy-saraqib")).StatusCode);
        Assert.Equal(0, (await Server.Anonymous.GetJson("locations/sy-saraqib")).GetProperty("tolls").GetProperty("killed").GetProperty("incidents").GetInt64());
    }

    [Fact]
    public async Task A_reporter_cannot_manage_rules_sources_or_the_gazetteer()
    {
        var rule = await Server.Reporter.PutAsync("rules/auth-rule", Json.Body(new { kind = "strike", scopeId = "sy", minKilled = 1 }));
        var source = await Server.Reporter.PutAsync("sources/sohr", Json.Body(new { name = "SOHR", trust = "unverified" }));
        var place = await Server.Reporter.PutAsync("locations/auth-place", Json.Body(new { name = "X", kind = "town", parentId = "sy-idlib" }));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [rule.StatusCode, source.StatusCode, place.StatusCode]);
        Assert.Equal(HttpStatusCode.NotFound, (await Server.Anonymous.GetAsync("rules/auth-rule")).StatusCode);
        Assert.Contains((await Server.Anonymous.GetJson("sources")).EnumerateArray(), s => s.GetProperty("id").GetString() == "sohr" && s.GetProperty("trust").GetString() == "monitor");
        Assert.Equal(HttpStatusCode.NotFound, (await Server.Anonymous.GetAsync("locations/auth-place")).StatusCode);
    }

    [Fact]
    public async Task Silences_are_for_operators_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.Anonymous.GetAsync("silences")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.Reporter.GetAsync("silences")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Server.Operator.GetAsync("silences")).StatusCode);
    }

    [Fact]
    public async Task Both_bootstrap_keys_can_ingest()
    {
        var asReporter = await Server.Reporter.PostAsync("reports", Json.Body(Json.Strike("auth-rep", "sy-sarmin", 1)));
        var asOperator = await Server.Operator.PostAsync("reports", Json.Body(Json.Strike("auth-op", "sy-sarmin", 1)));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted], [asReporter.StatusCode, asOperator.StatusCode]);
    }
}
