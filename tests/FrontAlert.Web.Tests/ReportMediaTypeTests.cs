using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>Issue case 7: <c>POST /reports</c> reads JSON and NDJSON by their types and refuses anything else with 415.</summary>
public sealed class ReportMediaTypeTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/json")]
    public async Task A_body_of_another_type_is_refused_with_415_and_changes_nothing(string type)
    {
        var id = "mt-" + Guid.NewGuid().ToString("N")[..8];
        var body = Json.Raw($$"""{"id":"{{id}}","type":"strike","locationId":"sy-taftanaz","observedAt":"2024-12-01T01:00:00Z","killed":3,"sourceId":"sohr"}""", type);

        var response = await Server.Reporter.PostAsync("reports", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Read();
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        Assert.Contains("application/x-ndjson", problem.Str("detail"), StringComparison.Ordinal);
        var timeline = await Server.Anonymous.GetJson("locations/sy-taftanaz/timeline");
        Assert.DoesNotContain(timeline.EnumerateArray(), e => e.GetProperty("report").Str("id") == id);
    }

    [Fact]
    public async Task A_body_without_a_type_is_refused_with_415()
    {
        var content = new ByteArrayContent("{}"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Server.Reporter.PostAsync("reports", content)).StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.frontalert.report+json")]
    [InlineData("application/x-ndjson")]
    public async Task Json_structured_json_and_ndjson_are_read(string type)
    {
        var id = "mt-ok-" + Guid.NewGuid().ToString("N")[..8];
        var body = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(
            $$"""{"id":"{{id}}","type":"strike","locationId":"sy-taftanaz","observedAt":"2024-12-01T01:00:00Z","killed":3,"sourceId":"sohr"}"""));
        Assert.True(body.Headers.TryAddWithoutValidation("Content-Type", type));

        var response = await Server.Reporter.PostAsync("reports", body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, (await response.Read()).GetProperty("accepted").GetInt32());
    }
}
