using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class StrikeRuleTests
{
    private static readonly string[] Chain = ["sy-saraqib", "sy-idlib-d", "sy-idlib", "sy"];

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(12, 1)]
    public void A_strike_rule_fires_for_strikes_killing_at_least_min_killed(int killed, int expected)
    {
        var town = new Place("sy-saraqib").With(StrikeRule(minKilled: 5, scope: "sy-saraqib"));

        town.Ingest(Strike("s1", killed));

        Assert.Equal(expected, town.Alerts.Count);
    }

    [Theory]
    [InlineData(10, 2, 0)]
    [InlineData(3, 3, 1)]
    public void A_strike_rule_on_civilians_counts_civilians_only(int killed, int civilians, int expected)
    {
        var town = new Place("sy-saraqib").With(StrikeRule(minCivilians: 3, scope: "sy-saraqib"));

        town.Ingest(Strike("s1", killed, civilians));

        Assert.Equal(expected, town.Alerts.Count);
    }

    [Fact]
    public void A_country_strike_rule_hears_each_strike_in_a_town()
    {
        var places = Chain.Select(id => new Place(id)).ToArray();
        places[3].With(StrikeRule(minKilled: 5));
        places[0].Ingest(Strike("s1", 6), Strike("s2", 1), Strike("s3", 9));

        for (var i = 0; i < 3; i++)
        {
            places[i].SendTo(places[i + 1]);
        }

        Assert.Equal(["deadly/sy-saraqib/s1", "deadly/sy-saraqib/s3"], places[3].Alerts.Select(a => a.Id));
        Assert.All(places[3].Alerts, a => Assert.Equal(("sy-saraqib", "sy", RuleKind.Strike), (a.LocationId, a.ScopeId, a.Kind)));
    }
}
