using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

public class FirstControlTests
{
    [Fact]
    public void The_first_known_control_of_a_place_is_not_a_change()
    {
        var town = new Place("sy-saraqib").With(ControlRule(min: Confidence.Claimed));

        town.Ingest(Control("r1", "sohr", "hts"));

        Assert.Equal(("hts", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Empty(town.Changes);
        Assert.Empty(town.Alerts);
    }

    [Fact]
    public void A_first_claim_confirmed_later_is_still_not_a_change()
    {
        var town = new Place("sy-saraqib");

        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "sohr", "hts", hours: 1));

        Assert.Equal(Confidence.Confirmed, town.Control!.Confidence);
        Assert.Empty(town.Changes);
    }

    [Fact]
    public void Seeding_never_replaces_a_known_holder()
    {
        var town = new Place("sy-saraqib");
        town.Ingest(Control("r1", "sohr", "hts"));

        town.HeldBySaa();

        Assert.Equal("hts", town.Control!.ActorId);
        Assert.Equal("hts", town.State.Control.Confirmed!.ActorId);
    }
}
