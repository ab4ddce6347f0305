using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>
/// Issue cases 1 and 3 over HTTP: a report dated in the future, lenient dates and absurd numbers are refused naming the
/// field and change nothing, so the real reports after them still move the picture; the place and the map stay readable.
/// </summary>
public sealed class HostileInputTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_report_dated_in_the_future_is_refused_and_cannot_freeze_the_town()
    {
        var future = await Server.Reporter.PostAsync("reports", Json.Body(
            Json.Control("hi-future", "sy-saraqib", "saa", "state-tv", "2999-01-01T00:00:00Z")));
        var problem = await ApiTest.AssertInvalid(future, "observedAt");
        Assert.Contains("10 minutes after the server's clock", problem.GetProperty("errors").GetProperty("observedAt")[0].GetString(), StringComparison.Ordinal);

        await Server.Ingest(Json.Control("hi-real", "sy-saraqib", "hts", "sohr", DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O")));

        var state = await Server.Anonymous.GetJson("locations/sy-saraqib");
        Assert.Equal(("hts", "confirmed"), (state.GetProperty("control").Str("actorId"), state.GetProperty("control").Str("confidence")));
        Assert.DoesNotContain(state.GetProperty("claims").EnumerateArray(), c => c.Str("reportId") == "hi-future");
    }

    [Fact]
    public async Task A_future_toll_is_refused_and_a_lenient_date_names_its_field_while_the_valid_report_in_the_batch_goes_in()
    {
        var response = await Server.Reporter.PostAsync("reports", Json.Body(new object[]
        {
            new { id = "hi-t1", type = "toll", locationId = "sy-hama", category = "killed", value = 10, asOf = "2999-01-01T00:00:00Z", sourceId = "sohr" },
            new { id = "hi-c1", type = "control", locationId = "sy-suran", actorId = "hts", status = "captured", observedAt = "12/1/2024", sourceId = "sohr" },
            new { id = "hi-c2", type = "control", locationId = "sy-suran", actorId = "hts", status = "captured", observedAt = "10:00", sourceId = "sohr" },
            Json.Toll("hi-t2", "sy-hama", "killed", 7, "sohr", "2024-12-01T09:00:00Z"),
        }));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = await response.Read();
        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
        var rejected = result.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("index").GetInt32(), string.Join(",", r.GetProperty("errors").EnumerateArray().Select(e => e.Str("field"))))).ToList();
        Assert.Equal([(0, "asOf"), (1, "observedAt"), (2, "observedAt")], rejected);
        var hama = await Server.Anonymous.GetJson("locations/sy-hama");
        Assert.Equal(7, hama.Toll("killed", "effective"));
    }

    [Fact]
    public async Task Figures_over_the_maximum_are_refused_and_figures_at_it_keep_the_place_and_the_map_readable()
    {
        var huge = await Server.Reporter.PostAsync("reports", Json.Body(
            new { id = "hi-huge", type = "toll", locationId = "sy-idlib-city", category = "killed", actorId = "saa", value = 9223372036854775000, asOf = "2024-12-01T09:00:00Z", sourceId = "sohr" }));
        var problem = await ApiTest.AssertInvalid(huge, "value");
        Assert.Equal("must be at most 10,000,000", problem.GetProperty("errors").GetProperty("value")[0].GetString());
        await ApiTest.AssertInvalid(await Server.Reporter.PostAsync("reports", Json.Body(
            new { id = "hi-parts", type = "strike", locationId = "sy-idlib-city", observedAt = "2024-12-01T09:00:00Z", killed = 5, civiliansKilled = 3, combatantsKilled = 3, sourceId = "sohr" })),
            "combatantsKilled");

        await Server.Ingest(
            new { id = "hi-max-1", type = "toll", locationId = "sy-idlib-city", category = "killed", actorId = "saa", value = 10_000_000, asOf = "2024-12-01T09:00:00Z", sourceId = "sohr" },
            new { id = "hi-max-2", type = "toll", locationId = "sy-idlib-city", category = "killed", actorId = "hts", value = 10_000_000, asOf = "2024-12-01T09:00:00Z", sourceId = "sohr" },
            Json.Strike("hi-max-3", "sy-idlib-city", 10_000_000, 10_000_000, "sohr"));

        var state = await Server.Anonymous.GetJson("locations/sy-idlib-city");
        Assert.Equal(20_000_000, state.GetProperty("tolls").GetProperty("killed").GetProperty("bySource").GetProperty("sohr").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await Server.Anonymous.GetAsync("map")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Server.Anonymous.GetAsync("locations/sy-idlib")).StatusCode);
    }
}
