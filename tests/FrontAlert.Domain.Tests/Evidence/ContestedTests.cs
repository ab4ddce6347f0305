using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

public class ContestedTests
{
    [Fact]
    public void Two_media_outlets_that_disagree_within_the_window_contest_the_place()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "reuters", "saa", ControlStatus.Holds), Control("r2", "afp", "hts", hours: 3));

        var contest = Assert.Single(town.Changes);
        Assert.Equal((true, Confidence.Contested, "saa", "hts"), (contest.Contest, contest.Confidence, contest.From!.ActorId, contest.To.ActorId));
        Assert.Equal(["afp", "reuters"], contest.SourceIds);
    }

    [Fact]
    public void One_outlet_against_another_is_a_contested_challenge_and_the_established_holder_stays()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "reuters", "saa", ControlStatus.Holds), Control("r2", "afp", "hts", hours: 3));

        Assert.Equal(("saa", ControlStatus.Holds, Confidence.Confirmed), (town.Control!.ActorId, town.Control.Status, town.Control.Confidence));
        Assert.Equal(("hts", Confidence.Contested, At(3), "reuters"), (town.Challenge!.ActorId, town.Challenge.Confidence, town.Challenge.Since, string.Join(",", town.Challenge.DeniedBy)));
    }

    [Fact]
    public void Without_an_established_holder_outlets_that_disagree_make_control_contested()
    {
        var town = new Place("sy-saraqib");

        town.Ingest(Control("r1", "reuters", "saa", ControlStatus.Holds), Control("r2", "afp", "hts", hours: 3));

        Assert.Equal((ControlStatus.Contested, Confidence.Contested), (town.Control!.Status, town.Control.Confidence));
        Assert.Null(town.Challenge);
    }

    [Fact]
    public void Disagreement_more_than_twelve_hours_apart_is_a_change_not_a_contest()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "reuters", "saa", ControlStatus.Holds), Control("r2", "afp", "hts", hours: 13));

        var change = Assert.Single(town.Changes);
        Assert.Equal((false, Confidence.Claimed, "hts"), (change.Contest, change.Confidence, change.To.ActorId));
    }

    [Fact]
    public void A_monitor_reporting_fighting_makes_the_place_contested()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "sohr", "hts", ControlStatus.Contested));

        var contest = Assert.Single(town.Changes);
        Assert.Equal((true, "saa", "hts"), (contest.Contest, contest.From!.ActorId, contest.To.ActorId));
        Assert.Equal(Confidence.Contested, town.Control!.Confidence);
    }

    [Fact]
    public void More_reports_of_fighting_raise_no_second_contest()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(Control("r1", "sohr", "hts", ControlStatus.Contested));

        town.Ingest(Control("r2", "snhr", "hts", ControlStatus.Contested, hours: 1));

        Assert.Single(town.Changes);
        Assert.Equal(["snhr", "sohr"], town.Control!.SourceIds);
    }

    [Fact]
    public void Partisan_sources_contradicting_each_other_do_not_make_a_contest()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "state-tv", "saa", ControlStatus.Holds, hours: 1));

        Assert.DoesNotContain(town.Changes, c => c.Contest);
        Assert.Equal(Confidence.Confirmed, town.Control!.Confidence);
        Assert.Equal((Confidence.Contested, "state-tv"), (town.Challenge!.Confidence, string.Join(",", town.Challenge.DeniedBy)));
    }
}
