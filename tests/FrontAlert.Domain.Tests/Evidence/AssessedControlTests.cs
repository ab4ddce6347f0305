using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Evidence;

/// <summary>
/// Issue case 2: a monitor confirmed HTS took the town; state TV then claims the army recaptured it; the rebel
/// command says it still holds it. Control stays with HTS and the claim stands beside it as a denied challenge.
/// </summary>
public class AssessedControlTests
{
    private static Place TakenByHts() =>
        new Place("sy-saraqib").HeldBySaa().With(ControlRule(min: Confidence.Claimed));

    [Fact]
    public void Propaganda_does_not_flip_a_confirmed_holder_and_the_denial_shows()
    {
        var town = TakenByHts();
        town.Ingest(Control("m1", "sohr", "hts", hours: 0));

        town.Ingest(Control("p1", "state-tv", "saa", hours: 20), Control("p2", "rebel-command", "hts", ControlStatus.Holds, hours: 21));

        Assert.Equal(("hts", Side.Opposition, Confidence.Confirmed), (town.Control!.ActorId, town.Control.Side, town.Control.Confidence));
        var challenge = town.Challenge!;
        Assert.Equal(("saa", Side.Government, ControlStatus.Captured, Confidence.Contested, At(20)),
            (challenge.ActorId, challenge.Side, challenge.Status, challenge.Confidence, challenge.Since));
        Assert.Equal(["state-tv"], challenge.SourceIds);
        Assert.Equal(["p1"], challenge.ReportIds);
        Assert.Equal(["rebel-command"], challenge.DeniedBy);
    }

    [Fact]
    public void Rules_at_claimed_still_hear_the_claim_and_the_alert_names_who_denies_it()
    {
        var town = TakenByHts();
        town.Ingest(Control("m1", "sohr", "hts", hours: 0));
        town.Ingest(Control("p0", "rebel-command", "hts", ControlStatus.Holds, hours: 19));

        town.Ingest(Control("p1", "state-tv", "saa", hours: 20));

        var alert = town.Alerts[^1];
        Assert.Equal(("saa", Confidence.Claimed), (alert.To!.ActorId, alert.Confidence));
        Assert.Equal("Saraqib changed hands: HTS → SAA (claimed by State TV)", alert.Title);
        Assert.StartsWith("State TV claims that SAA (government) took Saraqib from HTS (opposition); Rebel Command denies.", alert.Message, StringComparison.Ordinal);
        Assert.EndsWith("Assessed holder: HTS (opposition), confirmed.", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_claim_is_confirmed_control_changes_and_the_upgrade_fires()
    {
        var town = TakenByHts();
        town.Ingest(Control("m1", "sohr", "hts", hours: 0));
        town.Ingest(Control("p1", "state-tv", "saa", hours: 20));

        town.Ingest(Control("m2", "snhr", "saa", hours: 22));

        Assert.Equal(("saa", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Null(town.Challenge);
        var upgrade = town.Changes[^1];
        Assert.Equal((Confidence.Confirmed, true, "hts", "saa"), (upgrade.Confidence, upgrade.Upgrade, upgrade.From!.ActorId, upgrade.To.ActorId));
    }

    [Fact]
    public void A_denial_keeps_control_and_raises_nothing()
    {
        var town = TakenByHts();
        town.Ingest(Control("m1", "sohr", "hts", hours: 0));
        town.Ingest(Control("p1", "state-tv", "saa", hours: 20));
        var alerts = town.Alerts.Count;

        town.Ingest(Control("p2", "rebel-command", "hts", ControlStatus.Holds, hours: 21));

        Assert.Equal(("hts", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Equal(Confidence.Contested, town.Challenge!.Confidence);
        Assert.Equal(alerts, town.Alerts.Count);
    }

    [Fact]
    public void Two_outlets_against_the_holder_replace_it()
    {
        var town = TakenByHts();
        town.Ingest(Control("m1", "sohr", "hts", hours: 0));

        town.Ingest(Control("o1", "reuters", "saa", hours: 20), Control("o2", "afp", "saa", hours: 21));

        Assert.Equal(("saa", Confidence.Confirmed), (town.Control!.ActorId, town.Control.Confidence));
        Assert.Null(town.Challenge);
    }
}
