using FrontAlert.Testing;
namespace FrontAlert.Web.Tests;

/// <summary><c>GET /locations/{id}/timeline</c>: every accepted report of a place, newest first, late ones with a note.</summary>
public sealed class TimelineApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task The_timeline_lists_controls_strikes_and_tolls_newest_first_up_to_the_limit()
    {
        await Server.Ingest(
            Json.Toll("tl-toll", "sy-khan-shaykhun", "killed", 12, "sohr", asOf: "2024-12-01T03:00:00Z"),
            Json.Strike("tl-strike", "sy-khan-shaykhun", 2, observedAt: "2024-12-01T01:00:00Z"),
            Json.Control("tl-control", "sy-khan-shaykhun", "hts", "sohr", "2024-12-01T02:00:00Z"));

        var all = (await Server.Anonymous.GetJson("locations/sy-khan-shaykhun/timeline")).EnumerateArray().ToList();
        var two = (await Server.Anonymous.GetJson("locations/sy-khan-shaykhun/timeline?limit=2")).EnumerateArray();

        Assert.Equal(["tl-toll", "tl-control", "tl-strike"], all.Select(e => e.GetProperty("report").Str("id")));
        Assert.Equal(["toll", "control", "strike"], all.Select(e => e.GetProperty("report").Str("type")));
        Assert.All(all, e => Assert.Null(e.Str("note")));
        Assert.Equal(["tl-toll", "tl-control"], two.Select(e => e.GetProperty("report").Str("id")));
    }

    [Fact]
    public async Task A_late_control_report_goes_into_the_timeline_with_a_note_and_does_not_change_control()
    {
        await Server.Ingest(Json.Control("tl-late-new", "sy-kafr-nabl", "hts", "sohr", "2024-12-01T10:00:00Z"));
        await Server.Ingest(Json.Control("tl-late-old", "sy-kafr-nabl", "saa", "reuters", "2024-11-30T10:00:00Z", status: "holds"));

        var state = await Server.Anonymous.GetJson("locations/sy-kafr-nabl");
        var timeline = (await Server.Anonymous.GetJson("locations/sy-kafr-nabl/timeline")).EnumerateArray().ToList();

        var control = state.GetProperty("control");
        Assert.Equal(("hts", "confirmed"), (control.Str("actorId"), control.Str("confidence")));
        Assert.Equal(DateTimeOffset.Parse("2024-12-01T10:00:00Z"), control.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(["sohr"], state.GetProperty("claims").EnumerateArray().Select(c => c.Str("sourceId")));
        Assert.Equal(["tl-late-new", "tl-late-old"], timeline.Select(e => e.GetProperty("report").Str("id")));
        Assert.Null(timeline[0].Str("note"));
        Assert.Contains("older than the current control state", timeline[1].Str("note"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5000)]
    public async Task A_limit_outside_one_to_a_thousand_is_a_400_naming_limit(int limit)
    {
        await ApiTest.AssertInvalid(await Server.Anonymous.GetAsync($"locations/sy-khan-shaykhun/timeline?limit={limit}"), "limit");
    }
}
