using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

/// <summary>On a fast front a place changes hands within hours; newer agreeing evidence is a change, not a dispute.</summary>
public class SupersedingTests
{
    [Fact]
    public void Two_outlets_reporting_a_capture_after_a_monitor_said_otherwise_confirm_a_change()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "sohr", "saa", ControlStatus.Holds), Control("r2", "reuters", "hts", hours: 2), Control("r3", "afp", "hts", hours: 2.5));

        Assert.Equal(("hts", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        var change = Assert.Single(town.Changes, c => c.Confidence == Confidence.Confirmed);
        Assert.Equal(("saa", "hts"), (change.From!.ActorId, change.To.ActorId));
    }

    [Fact]
    public void A_single_later_outlet_against_a_monitor_is_a_contested_challenge_beside_the_holder()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "sohr", "saa", ControlStatus.Holds), Control("r2", "reuters", "hts", hours: 2));

        Assert.Equal(("saa", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Equal(("hts", Confidence.Contested, "sohr"), (town.Challenge!.ActorId, town.Challenge.Confidence, string.Join(",", town.Challenge.DeniedBy)));
        Assert.Contains(town.Changes, c => c.Contest); // rules at contested still hear it
    }
}
