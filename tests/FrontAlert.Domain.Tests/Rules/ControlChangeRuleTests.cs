using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class ControlChangeRuleTests
{
    private static Place Town(Confidence min) => new Place("sy-saraqib").HeldBySaa().With(ControlRule(min: min));

    [Fact]
    public void A_rule_at_claimed_fires_on_a_claim_and_again_as_an_upgrade_on_confirmation()
    {
        var town = Town(Confidence.Claimed);

        town.Ingest(Control("r1", "rebel-command", "hts"));
        town.Ingest(Control("r2", "sohr", "hts", hours: 1));

        Assert.Equal([Confidence.Claimed, Confidence.Confirmed], town.Alerts.Select(a => a.Confidence!.Value));
        Assert.Equal(["front/sy-saraqib/r1/claimed", "front/sy-saraqib/r2/confirmed"], town.Alerts.Select(a => a.Id));
        Assert.All(town.Alerts, a => Assert.Equal((Severity.Critical, "sy-saraqib", "sy-saraqib"), (a.Severity, a.LocationId, a.ScopeId)));
    }

    [Fact]
    public void A_rule_at_confirmed_fires_only_once_on_confirmation()
    {
        var town = Town(Confidence.Confirmed);

        town.Ingest(Control("r1", "rebel-command", "hts"));
        Assert.Empty(town.Alerts);
        town.Ingest(Control("r2", "sohr", "hts", hours: 1));

        var alert = Assert.Single(town.Alerts);
        Assert.Equal((new ActorRef("saa", Side.Government), new ActorRef("hts", Side.Opposition)), (alert.From, alert.To));
        Assert.Equal(["r1", "r2"], alert.ReportIds);
    }

    [Theory]
    [InlineData(Confidence.Claimed, 1)]
    [InlineData(Confidence.Contested, 1)]
    [InlineData(Confidence.Confirmed, 0)]
    public void A_contest_is_heard_by_rules_at_claimed_or_contested_only(Confidence min, int expected)
    {
        var town = Town(min);

        town.Ingest(Control("r1", "reuters", "saa", ControlStatus.Holds), Control("r2", "afp", "hts", hours: 3));

        Assert.Equal(expected, town.Alerts.Count(a => a.Confidence == Confidence.Contested));
        Assert.Equal(expected, town.Alerts.Count);
    }

    [Fact]
    public void A_governorate_rule_hears_a_town_changing_hands_through_the_roll_up()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        var district = new Place("sy-idlib-d");
        var governorate = new Place("sy-idlib").With(ControlRule("sy-idlib", id: "idlib-front"));
        town.Ingest(Control("r1", "sohr", "hts"));

        town.SendTo(district);
        district.SendTo(governorate);

        var alert = Assert.Single(governorate.Alerts);
        Assert.Equal(("idlib-front", "sy-saraqib", "Saraqib", "sy-idlib"), (alert.RuleId, alert.LocationId, alert.LocationName, alert.ScopeId));
        Assert.Empty(district.Alerts);
    }

    [Fact]
    public void A_rule_removed_from_its_scope_raises_nothing()
    {
        var town = Town(Confidence.Claimed);

        Assert.True(town.Engine.Remove("front"));
        town.Ingest(Control("r1", "sohr", "hts"));

        Assert.Empty(town.Alerts);
    }
}
