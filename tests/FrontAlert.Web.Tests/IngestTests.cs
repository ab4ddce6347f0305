using FrontAlert.Testing;
using System.Net;

namespace FrontAlert.Web.Tests;

public sealed class IngestTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_batch_with_invalid_reports_stores_the_valid_ones_and_names_each_rejection()
    {
        object[] batch =
        [
            Json.Strike("mix-1", "sy-ariha", 3),
            new { id = "mix-2", type = "strike", locationId = "sy-ariha", sourceId = "white-helmets", killed = -1 },
            Json.Strike("mix-3", "nowhere", 3),
            Json.Control("mix-4", "sy-ariha", "martians", "sohr"),
            Json.Toll("mix-5", "sy-ariha", "killed", 40, "sohr"),
        ];

        var response = await Server.Reporter.PostAsync("reports", Json.Body(batch));
        var result = await response.Read();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, result.GetProperty("accepted").GetInt32());
        var rejected = result.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal(["mix-2", "mix-3", "mix-4"], rejected.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["observedAt", "killed"], rejected[0].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal("locationId", rejected[1].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("actorId", rejected[2].GetProperty("errors")[0].GetProperty("field").GetString());
        var ariha = await Server.Anonymous.GetJson("locations/sy-ariha");
        Assert.Equal(3, ariha.GetProperty("tolls").GetProperty("killed").GetProperty("incidents").GetInt64());
        Assert.Equal(40, ariha.GetProperty("tolls").GetProperty("killed").GetProperty("bySource").GetProperty("sohr").GetInt64());
    }

    [Fact]
    public async Task Re_posting_a_batch_is_harmless_and_counted_as_duplicates()
    {
        object[] batch = [Json.Strike("again-a", "sy-binnish", 2), Json.Strike("again-b", "sy-binnish", 5)];
        await Server.Reporter.PostAsync("reports", Json.Body(batch));

        var again = await (await Server.Reporter.PostAsync("reports", Json.Body(batch))).Read();

        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(2, again.GetProperty("duplicates").GetInt32());
        var binnish = await Server.Anonymous.GetJson("locations/sy-binnish");
        Assert.Equal(7, binnish.GetProperty("tolls").GetProperty("killed").GetProperty("incidents").GetInt64());
    }

    [Fact]
    public async Task Ndjson_is_read_line_by_line_and_a_broken_line_rejects_only_itself()
    {
        var ndjson = string.Join('\n',
            System.Text.Json.JsonSerializer.Serialize(Json.Strike("nd-1", "sy-taftanaz", 1)),
            "{ this is not json",
            System.Text.Json.JsonSerializer.Serialize(Json.Strike("nd-2", "sy-taftanaz", 2)));

        var result = await (await Server.Reporter.PostAsync("reports", Json.Raw(ndjson, "application/x-ndjson"))).Read();

        Assert.Equal(2, result.GetProperty("accepted").GetInt32());
        Assert.Equal(1, result.GetProperty("rejected")[0].GetProperty("index").GetInt32());
    }

    [Fact]
    public async Task A_single_invalid_report_is_a_400_problem_naming_its_fields()
    {
        var response = await Server.Reporter.PostAsync("reports", Json.Body(new { id = "single-bad", type = "control", locationId = "sy-ariha", sourceId = "sohr", actorId = "hts", status = "liberated", observedAt = "yesterday" }));
        var problem = await response.Read();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Contains("captured", errors.GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ISO-8601", errors.GetProperty("observedAt")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_ten_thousand_reports_in_one_batch_is_refused_whole()
    {
        var batch = Enumerable.Range(0, 10_001).Select(i => Json.Strike($"huge-{i}", "sy-sarmin", 1)).ToArray();

        var response = await Server.Reporter.PostAsync("reports", Json.Body(batch));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10,000", (await response.Read()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain((await Server.Anonymous.GetJson("locations/sy-sarmin/timeline?limit=5")).EnumerateArray(),
            e => e.GetProperty("report").GetProperty("id").GetString()!.StartsWith("huge-", StringComparison.Ordinal));
    }
}
