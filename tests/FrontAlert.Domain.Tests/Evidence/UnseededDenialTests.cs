using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

/// <summary>A place with no known holder: the first claim sets a claimed holder and the other side's denial keeps it.</summary>
public class UnseededDenialTests
{
    [Fact]
    public void A_denial_of_the_first_claim_does_not_flip_the_holder()
    {
        var town = new Place("sy-saraqib");

        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "state-tv", "saa", ControlStatus.Holds, hours: 1));

        Assert.Equal(("hts", Confidence.Claimed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Empty(town.Changes);
    }

    [Fact]
    public void A_capture_claimed_by_the_other_side_is_still_a_claimed_change()
    {
        var town = new Place("sy-saraqib");

        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "state-tv", "saa", ControlStatus.Captured, hours: 1));

        Assert.Equal(("saa", Confidence.Claimed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Equal(("hts", "saa"), (town.Changes.Single().From!.ActorId, town.Changes.Single().To.ActorId));
    }
}
