using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

public class SourceTrustTests
{
    private static Place Town(params Report[] reports)
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(reports);
        return town;
    }

    [Theory]
    [InlineData("rebel-command")]
    [InlineData("social")]
    [InlineData("reuters")]
    public void One_source_that_cannot_confirm_challenges_a_confirmed_holder_without_replacing_it(string source)
    {
        var town = Town(Control("r1", source, "hts"));

        Assert.Equal(("saa", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Equal(("hts", Side.Opposition, Confidence.Claimed), (town.Challenge!.ActorId, town.Challenge.Side, town.Challenge.Confidence));
        Assert.Equal([source], town.Challenge.SourceIds);
        Assert.Equal(["r1"], town.Challenge.ReportIds);
    }

    [Fact]
    public void A_monitor_saying_a_town_fell_changes_control()
    {
        var town = Town(Control("r1", "sohr", "hts"));

        Assert.Equal(("hts", Side.Opposition, Confidence.Confirmed), (town.Control!.ActorId, town.Control.Side, town.Control.Confidence));
        Assert.Equal(["sohr"], town.Control.SourceIds);
        Assert.Null(town.Challenge);
    }

    [Fact]
    public void Where_nothing_was_established_a_lone_claim_is_control_at_claimed()
    {
        var town = new Place("sy-saraqib");
        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "social", "saa", hours: 1));

        Assert.Equal(("saa", Confidence.Claimed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Null(town.Challenge);
    }

    [Fact]
    public void Two_media_outlets_agreeing_confirm_a_change()
    {
        var town = Town(Control("r1", "reuters", "hts"), Control("r2", "afp", "hts", hours: 1));

        Assert.Equal(Confidence.Confirmed, town.Control!.Confidence);
        Assert.Equal(["afp", "reuters"], town.Control.SourceIds);
        Assert.Equal(At(0), town.Control.Since);
    }

    [Fact]
    public void The_same_outlet_repeating_itself_does_not_confirm()
    {
        var town = Town(Control("r1", "reuters", "hts"), Control("r2", "reuters", "hts", hours: 1));

        Assert.Equal(("saa", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Equal((Confidence.Claimed, "reuters"), (town.Challenge!.Confidence, string.Join(",", town.Challenge.SourceIds)));
    }

    [Fact]
    public void Two_partisan_sources_of_one_side_do_not_confirm()
    {
        var town = Town(Control("r1", "rebel-command", "hts"), Control("r2", "social", "hts", hours: 1));

        Assert.Equal((Confidence.Confirmed, "saa"), (town.Control!.Confidence, town.Control.ActorId));
        Assert.Equal(["rebel-command", "social"], town.Challenge!.SourceIds);
    }

    [Fact]
    public void A_fresh_partisan_claim_against_an_older_monitor_report_is_a_claimed_change()
    {
        var town = Town(Control("r1", "sohr", "saa", ControlStatus.Holds), Control("r2", "rebel-command", "hts", hours: 1));

        var change = Assert.Single(town.Changes);
        Assert.Equal((Confidence.Claimed, "saa", "hts"), (change.Confidence, change.From!.ActorId, change.To.ActorId));
        Assert.Equal("saa", town.State.Control.Confirmed!.ActorId);
    }
}
