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
    [InlineData("rebel-command", Confidence.Claimed)]
    [InlineData("social", Confidence.Claimed)]
    [InlineData("reuters", Confidence.Claimed)]
    [InlineData("sohr", Confidence.Confirmed)]
    public void One_source_saying_a_town_fell_is_believed_as_far_as_its_trust_allows(string source, Confidence expected)
    {
        var town = Town(Control("r1", source, "hts"));

        Assert.Equal(("hts", Side.Opposition, expected), (town.Control!.ActorId, town.Control.Side, town.Control.Confidence));
        Assert.Equal([source], town.Control.SourceIds);
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

        Assert.Equal(Confidence.Claimed, town.Control!.Confidence);
    }

    [Fact]
    public void Two_partisan_sources_of_one_side_do_not_confirm()
    {
        var town = Town(Control("r1", "rebel-command", "hts"), Control("r2", "social", "hts", hours: 1));

        Assert.Equal((Confidence.Claimed, "saa"), (town.Control!.Confidence, town.State.Control.Confirmed!.ActorId));
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
