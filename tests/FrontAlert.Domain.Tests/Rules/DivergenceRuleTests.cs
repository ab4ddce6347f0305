using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class DivergenceRuleTests
{
    private static Rule Gap(double ratio = 2.5, Trust minTrust = Trust.Partisan) =>
        new() { Id = "gap", Kind = RuleKind.TollDivergence, ScopeId = "sy-idlib", Category = TollCategory.Killed, Ratio = ratio, MinTrust = minTrust };

    [Fact]
    public void Fires_once_when_the_gap_opens_and_again_only_after_it_closed()
    {
        var place = new Place("sy-idlib").With(Gap());
        place.Ingest(Toll("m1", 372, "sohr"), Toll("p1", 1000, "state-tv"));
        place.Ingest(Toll("p2", 1100, "state-tv", hours: 1));
        var alert = Assert.Single(place.Alerts);
        Assert.Equal(["state-tv", "sohr"], alert.SourceIds);

        place.Ingest(Toll("m2", 500, "sohr", hours: 2));
        Assert.Single(place.Alerts);
        place.Ingest(Toll("p3", 1300, "state-tv", hours: 3));
        Assert.Equal(2, place.Alerts.Count);
    }

    [Fact]
    public void A_gap_already_open_when_the_rule_is_made_does_not_fire_and_untrusted_figures_do_not_count()
    {
        var place = new Place("sy-idlib");
        place.Ingest(Toll("m1", 372, "sohr"), Toll("p1", 1000, "state-tv"));
        place.With(Gap(minTrust: Trust.Monitor));
        place.With(Gap() with { Id = "gap-partisan" });

        place.Ingest(Toll("p2", 2000, "state-tv", hours: 1), Toll("m2", 380, "sohr", hours: 1));

        Assert.Empty(place.Alerts);
    }
}
