using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

public class LateReportTests
{
    private const string Note = "older than the current control state; kept for the record";

    [Fact]
    public void A_report_older_than_the_current_control_never_overrides_it()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(Control("r1", "sohr", "hts", hours: 5));

        var statuses = town.Ingest(Control("r2", "snhr", "saa", ControlStatus.Holds, hours: 2));

        Assert.Equal([IngestStatus.Accepted], statuses);
        Assert.Equal(("hts", Confidence.Confirmed, At(5)), (town.Control!.ActorId, town.Control.Confidence, town.Control.Since));
        Assert.Single(town.Changes);
        Assert.False(town.State.Control.Claims.ContainsKey("snhr"));
    }

    [Fact]
    public void A_late_report_goes_into_the_timeline_with_a_note()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(Control("r1", "sohr", "hts", hours: 5));

        town.Ingest(Control("r2", "snhr", "saa", ControlStatus.Holds, hours: 2));

        var entry = town.State.UnfiledReports[^1];
        Assert.Equal(("r2", Note), (entry.Report.Id, entry.Note));
        Assert.Null(town.State.UnfiledReports[0].Note);
    }

    [Fact]
    public void A_source_cannot_contradict_its_own_newer_report()
    {
        var town = new Place("sy-saraqib").HeldBySaa().With(ControlRule(min: Confidence.Claimed));
        town.Ingest(Control("r1", "reuters", "saa", ControlStatus.Holds, hours: 5));

        town.Ingest(Control("r2", "reuters", "hts", hours: 3));

        Assert.Equal(("saa", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Equal("r1", town.State.Control.Claims["reuters"].ReportId);
        Assert.Equal(Note, town.State.UnfiledReports[^1].Note);
        Assert.Empty(town.Alerts);
    }
}
