using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

public class DuplicateReportTests
{
    [Fact]
    public void A_report_sent_again_with_different_content_is_a_duplicate_and_changes_nothing()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(Control("r1", "sohr", "hts"));
        var version = town.State.Version;

        var statuses = town.Ingest(Control("r1", "sohr", "saa", ControlStatus.Holds, hours: 2));

        Assert.Equal([IngestStatus.Duplicate], statuses);
        Assert.Equal("hts", town.Control!.ActorId);
        Assert.Equal(version, town.State.Version);
        Assert.Single(town.State.UnfiledReports);
        Assert.Single(town.Changes);
    }

    [Fact]
    public void A_duplicate_raises_no_alert()
    {
        var town = new Place("sy-saraqib").HeldBySaa().With(ControlRule(min: Confidence.Claimed));
        town.Ingest(Control("r1", "rebel-command", "hts"));

        town.Ingest(Control("r1", "sohr", "hts", hours: 1));

        Assert.Equal(["front/sy-saraqib/r1/claimed"], town.Alerts.Select(a => a.Id));
        Assert.Equal(Confidence.Claimed, town.Challenge!.Confidence);
    }

    [Fact]
    public void The_same_id_twice_in_one_batch_is_accepted_once()
    {
        var town = new Place("sy-saraqib");

        var statuses = town.Ingest(Strike("s1", killed: 10), Strike("s1", killed: 99));

        Assert.Equal([IngestStatus.Accepted, IngestStatus.Duplicate], statuses);
        Assert.Equal(10, town.Killed);
    }

    [Fact]
    public void An_id_the_report_store_already_knows_is_a_duplicate()
    {
        var town = new Place("sy-saraqib");

        var statuses = town.Engine.Ingest([Strike("s1", killed: 10)], new HashSet<string> { "s1" });

        Assert.Equal([IngestStatus.Duplicate], statuses);
        Assert.Equal(0, town.Killed);
        Assert.Empty(town.State.UnfiledReports);
    }

    [Fact]
    public void A_report_pushed_out_of_the_window_by_its_own_batch_is_still_a_duplicate_before_it_is_filed()
    {
        var town = new Place("sy-saraqib");
        Report[] batch = [.. Enumerable.Range(0, SeenWindow.Capacity + 100).Select(i => Strike($"big-{i}", 1))];
        town.Ingest(batch); // not yet in the report store: the grain files after the write

        Assert.Equal([IngestStatus.Duplicate], town.Ingest(batch[0]));
        Assert.Equal(SeenWindow.Capacity + 100, town.Killed);
    }
}
