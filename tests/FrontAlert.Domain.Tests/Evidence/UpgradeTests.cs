using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

public class UpgradeTests
{
    [Fact]
    public void A_claim_later_confirmed_by_a_monitor_is_an_upgrade()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "sohr", "hts", hours: 1));

        Assert.Equal([(Confidence.Claimed, false), (Confidence.Confirmed, true)], town.Changes.Select(c => (c.Confidence, c.Upgrade)));
        var upgrade = town.Changes[1];
        Assert.Equal(("saa", "hts", At(1)), (upgrade.From!.ActorId, upgrade.To.ActorId, upgrade.ObservedAt));
        Assert.Equal(["r1", "r2"], upgrade.ReportIds);
    }

    [Fact]
    public void A_confirmed_change_dates_from_the_first_claim()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "sohr", "hts", hours: 1));

        Assert.Equal((Confidence.Confirmed, At(0)), (town.Control!.Confidence, town.Control.Since));
    }

    [Fact]
    public void A_change_confirmed_at_once_is_not_an_upgrade()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "sohr", "hts"));

        var change = Assert.Single(town.Changes);
        Assert.Equal((Confidence.Confirmed, false, "saa"), (change.Confidence, change.Upgrade, change.From!.ActorId));
    }

    [Fact]
    public void A_second_outlet_confirming_a_media_claim_is_an_upgrade()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "reuters", "hts"), Control("r2", "afp", "hts", hours: 1));

        Assert.Equal([(Confidence.Claimed, false), (Confidence.Confirmed, true)], town.Changes.Select(c => (c.Confidence, c.Upgrade)));
    }

    [Fact]
    public void A_monitor_confirming_the_holder_it_already_had_is_no_change()
    {
        var town = new Place("sy-saraqib").HeldBySaa();

        town.Ingest(Control("r1", "sohr", "saa", ControlStatus.Holds));

        Assert.Empty(town.Changes);
        Assert.Equal("saa", town.Control!.ActorId);
    }
}
