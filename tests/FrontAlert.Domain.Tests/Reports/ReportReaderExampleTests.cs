using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Reports;

/// <summary>The three example reports of docs/contract/reports-and-state.md are read as written.</summary>
public class ReportReaderExampleTests
{
    private static Report Read(string json)
    {
        var errors = new List<FieldError>();
        var report = ReportReader.Read(Json(json), errors);
        Assert.Empty(errors);
        return report!;
    }

    [Fact]
    public void The_control_example_is_read()
    {
        var report = Assert.IsType<ControlReport>(Read("""
            {"id":"r1","type":"control","locationId":"sy-aleppo-city","actorId":"hts","status":"captured",
             "observedAt":"2024-11-30T10:00:00Z","sourceId":"sohr"}
            """));

        Assert.Equal(("r1", "sy-aleppo-city", "hts", ControlStatus.Captured, T0, "sohr"),
            (report.Id, report.LocationId, report.ActorId, report.Status, report.ObservedAt, report.SourceId));
    }

    [Fact]
    public void The_strike_example_is_read()
    {
        var report = Assert.IsType<StrikeReport>(Read("""
            {"id":"r2","type":"strike","locationId":"sy-idlib-city","perpetratorId":"ru-af","kind":"airstrike",
             "observedAt":"2024-12-01T01:00:00Z","killed":4,"civiliansKilled":4,"wounded":54,"sourceId":"white-helmets"}
            """));

        Assert.Equal(("r2", "ru-af", "airstrike", 4, 4, 54, "white-helmets"),
            (report.Id, report.PerpetratorId, report.Kind, report.Killed, report.CiviliansKilled, report.Wounded, report.SourceId));
        Assert.Equal(new DateTimeOffset(2024, 12, 1, 1, 0, 0, TimeSpan.Zero), report.ObservedAt);
    }

    [Fact]
    public void The_toll_example_is_read_and_observed_at_its_as_of_time()
    {
        var report = Assert.IsType<TollReport>(Read("""
            {"id":"r3","type":"toll","locationId":"sy","category":"killed","value":372,
             "since":"2024-11-27T00:00:00Z","asOf":"2024-12-01T09:00:00Z","sourceId":"sohr"}
            """));

        var asOf = new DateTimeOffset(2024, 12, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(("r3", "sy", TollCategory.Killed, 372L, (string?)null, asOf, asOf),
            (report.Id, report.LocationId, report.Category, report.Value, report.ActorId, report.AsOf, report.ObservedAt));
        Assert.Equal(new DateTimeOffset(2024, 11, 27, 0, 0, 0, TimeSpan.Zero), report.Since);
    }

    [Fact]
    public void A_time_with_an_offset_is_read_as_utc()
    {
        var report = Read("""{"id":"r1","type":"control","locationId":"x","actorId":"hts","status":"holds","observedAt":"2024-11-30T12:00:00+02:00","sourceId":"sohr"}""");

        Assert.Equal((T0, TimeSpan.Zero), (report.ObservedAt, report.ObservedAt.Offset));
    }
}
