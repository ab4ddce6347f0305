using FrontAlert.Testing;
using System.Net;

namespace FrontAlert.Web.Tests;

/// <summary><c>POST /reports</c> with one report: 202 and its counts; the same id again is a duplicate whatever it says.</summary>
public sealed class ReportsApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task One_report_is_accepted_with_202_and_the_same_id_with_other_content_is_a_duplicate()
    {
        var first = await Server.Reporter.PostAsync("reports", Json.Body(Json.Strike("rp-once", "sy-salqin", 3)));
        var firstBody = await first.Read();
        var again = await (await Server.Reporter.PostAsync("reports", Json.Body(Json.Strike("rp-once", "sy-salqin", 30)))).Read();

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal((1, 0, 0), (firstBody.GetProperty("accepted").GetInt32(), firstBody.GetProperty("duplicates").GetInt32(), firstBody.GetProperty("rejected").GetArrayLength()));
        Assert.Equal((0, 1), (again.GetProperty("accepted").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        Assert.Equal(3, (await Server.Anonymous.GetJson("locations/sy-salqin")).Toll("killed"));
    }

    [Fact]
    public async Task A_report_from_an_unknown_source_is_rejected_not_invented()
    {
        var response = await Server.Reporter.PostAsync("reports", Json.Body(Json.Strike("rp-unknown", "sy-salqin", 2, source: "rumour-mill")));

        await ApiTest.AssertInvalid(response, "sourceId");
        Assert.DoesNotContain((await Server.Anonymous.GetJson("sources")).EnumerateArray(), s => s.Str("id") == "rumour-mill");
        Assert.DoesNotContain((await Server.Anonymous.GetJson("locations/sy-salqin/timeline")).EnumerateArray(), e => e.GetProperty("report").Str("id") == "rp-unknown");
    }

    [Fact]
    public async Task The_same_report_id_for_another_place_in_a_later_request_is_a_duplicate()
    {
        await Server.Ingest(Json.Strike("rp-moved", "sy-sarmada", 3));

        var again = await (await Server.Reporter.PostAsync("reports", Json.Body(Json.Strike("rp-moved", "sy-dana", 9)))).Read();

        Assert.Equal((0, 1), (again.GetProperty("accepted").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        Assert.Equal(0, (await Server.Anonymous.GetJson("locations/sy-dana")).Toll("killed"));
    }
}
