namespace FrontAlert.Domain.Tests;

/// <summary>One ACLED row at a time against the tiny world: what it becomes, and why not when it cannot.</summary>
public sealed class AcledMapperTests
{
    private static readonly AcledMapper Mapper = new(
        new Catalog(1, [.. Given.Locations.Select(l => l.Id == "sy-saraqib" ? l with { Lat = 35.8647, Lon = 36.8006 } : l)],
            [.. Given.Actors.Select(a => a.Id == "hts" ? a with { Aliases = ["HTS: Hayat Tahrir al Sham"] } : a)], Given.Sources, []),
        new AcledSettings(), new TimeBounds(Given.T0.AddDays(30), TimeSpan.FromMinutes(10)));

    private static AcledRow Row(string sub, string location = "Saraqib", int geo = 1, string fatalities = "0", string date = "2024-11-29") => new()
    {
        Line = 7, EventIdCnty = "SYR1", EventDate = date, TimePrecision = "1", SubEventType = sub, Actor1 = "HTS: Hayat Tahrir al Sham",
        Admin1 = "Idlib", Location = location, Latitude = "35.836", Longitude = "36.806", GeoPrecision = geo.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Fatalities = fatalities,
    };

    [Fact]
    public void A_territory_change_is_a_capture_by_actor1_with_an_acled_id_and_its_precision()
    {
        var report = Assert.IsType<ControlReport>(Mapper.Map(Row("Non-state actor overtakes territory")).Report);

        Assert.Equal(("acled:SYR1", "sy-saraqib", "acled", "hts", ControlStatus.Captured), (report.Id, report.LocationId, report.SourceId, report.ActorId, report.Status));
        Assert.Equal(new DateTimeOffset(2024, 11, 29, 0, 0, 0, TimeSpan.Zero), report.ObservedAt);
        Assert.Equal(new Precision(1, 1), report.Precision);
    }

    [Fact]
    public void Geo_precision_3_files_the_row_under_its_province_and_1_under_the_nearest_town()
    {
        Assert.Equal("sy-idlib", Mapper.Map(Row("Air/drone strike", location: "Somewhere", geo: 3, fatalities: "2")).Report?.LocationId);
        Assert.Equal("sy-saraqib", Mapper.Map(Row("Air/drone strike", location: "Tell Mardikh", fatalities: "2")).Report?.LocationId);
    }

    [Theory]
    [InlineData("Armed clash", "0", "an armed clash without fatalities")]
    [InlineData("Peaceful protest", "0", "no FrontAlert report for this event type")]
    public void Other_events_are_not_mapped_and_say_why(string sub, string fatalities, string reason)
    {
        var outcome = Mapper.Map(Row(sub, fatalities: fatalities));

        Assert.Equal((7, sub, reason), (outcome.Line, outcome.EventType, outcome.Reason));
        Assert.Null(outcome.Report);
    }

    [Fact]
    public void An_armed_clash_with_dead_is_a_clash_strike()
    {
        var strike = Assert.IsType<StrikeReport>(Mapper.Map(Row("Armed clash", fatalities: "5")).Report);

        Assert.Equal(("clash", 5, "hts"), (strike.Kind, strike.Killed, strike.PerpetratorId));
    }

    [Theory]
    [InlineData("2024-02-30", "event_date")]
    [InlineData("2025-06-01", "event_date")]
    public void A_row_that_cannot_be_read_is_rejected_naming_the_column(string date, string column)
    {
        var outcome = Mapper.Map(Row("Air/drone strike", fatalities: "1", date: date));

        Assert.Null(outcome.Report);
        Assert.StartsWith(column + ":", outcome.Rejected, StringComparison.Ordinal);
    }
}
