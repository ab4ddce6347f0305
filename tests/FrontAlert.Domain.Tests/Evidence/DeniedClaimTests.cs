using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

public class DeniedClaimTests
{
    [Fact]
    public void A_partisan_claim_denied_by_the_holders_side_stays_a_challenge_showing_the_denial()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(Control("r1", "rebel-command", "hts"));
        Assert.Equal(Confidence.Claimed, town.Challenge!.Confidence);

        town.Ingest(Control("r2", "state-tv", "saa", ControlStatus.Holds, hours: 1));

        Assert.Equal(("saa", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Equal(("hts", Confidence.Contested), (town.Challenge!.ActorId, town.Challenge.Confidence));
        Assert.Equal(["rebel-command"], town.Challenge.SourceIds);
        Assert.Equal(["state-tv"], town.Challenge.DeniedBy);
        Assert.Single(town.Changes);
    }

    [Fact]
    public void A_denied_claim_is_not_confirmed()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "state-tv", "saa", ControlStatus.Holds, hours: 1));

        Assert.Equal(("saa", Confidence.Confirmed), (town.State.Control.Confirmed!.ActorId, town.State.Control.Confirmed.Confidence));
        Assert.DoesNotContain(town.Changes, c => c.Confidence == Confidence.Confirmed);
    }

    [Fact]
    public void A_denied_claim_is_confirmed_only_when_a_monitor_backs_it()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "state-tv", "saa", ControlStatus.Holds, hours: 1));

        town.Ingest(Control("r3", "sohr", "hts", hours: 2));

        Assert.Equal([Confidence.Claimed, Confidence.Confirmed], town.Changes.Select(c => c.Confidence));
        Assert.True(town.Changes[1].Upgrade);
    }
}
