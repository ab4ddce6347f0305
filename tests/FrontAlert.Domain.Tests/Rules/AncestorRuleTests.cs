using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

/// <summary>
/// A place judges its ancestors' strike and control-change rules when it hears the event (ADR 0010), so the alert is
/// stored with the place's own write; the scopes above neither raise it again nor judge events older than their rules.
/// </summary>
public class AncestorRuleTests
{
    private static readonly string[] Chain = ["sy-saraqib", "sy-idlib-d", "sy-idlib", "sy"];

    [Fact]
    public void The_town_raises_a_country_strike_rule_alert_and_the_country_does_not_raise_it_again()
    {
        var rule = StrikeRule(minKilled: 5) with { CreatedAt = At(-1) };
        var places = Chain.Select(id => new Place(id) { Catalog = CatalogWith(rule) }).ToArray();
        places[3].With(rule);

        places[0].Ingest(Strike("s1", 6), Strike("s2", 1));
        for (var i = 0; i < 3; i++)
        {
            places[i].SendTo(places[i + 1]);
        }

        Assert.Equal(["deadly/sy-saraqib/s1"], places[0].Alerts.Select(a => a.Id));
        Assert.Equal(("sy", RuleKind.Strike), (places[0].Alerts[0].ScopeId, places[0].Alerts[0].Kind));
        Assert.All(places[1..], p => Assert.Empty(p.Alerts));
        Assert.Equal(T0, places[3].State.Rules["deadly"].LastFiredAt);
    }

    [Fact]
    public void A_governorate_control_rule_fires_at_the_town_for_each_confidence_once()
    {
        var rule = ControlRule(scope: "sy-idlib", min: Confidence.Claimed) with { CreatedAt = At(-1) };
        var town = new Place("sy-saraqib") { Catalog = CatalogWith(rule) }.HeldBySaa();

        town.Ingest(Control("c1", "rebel-command", "hts", hours: 1));
        town.Ingest(Control("c2", "sohr", "hts", hours: 2));

        Assert.Equal([Confidence.Claimed, Confidence.Confirmed], town.Alerts.Select(a => a.Confidence));
        Assert.All(town.Alerts, a => Assert.Equal(("front", "sy-idlib", "sy-saraqib"), (a.RuleId, a.ScopeId, a.LocationId)));
        Assert.Equal(["front"], town.State.UnsentEvents.OfType<ControlEvent>().Last().Judged);
    }

    [Fact]
    public void A_rule_the_town_did_not_know_yet_is_judged_by_its_scope()
    {
        // The town's catalog is a second old and lacks the rule its governorate already holds.
        var rule = StrikeRule(minKilled: 5, scope: "sy-idlib") with { CreatedAt = At(-1) };
        var places = Chain[..3].Select(id => new Place(id)).ToArray();
        places[2].With(rule);

        places[0].Ingest(Strike("s1", 6));
        places[0].SendTo(places[1]);
        places[1].SendTo(places[2]);

        Assert.Empty(places[0].Alerts);
        Assert.Equal(["deadly/sy-saraqib/s1"], places[2].Alerts.Select(a => a.Id));
    }

    [Fact]
    public void A_rule_created_after_the_event_was_heard_does_not_fire_for_it()
    {
        var places = Chain[..3].Select(id => new Place(id)).ToArray();
        places[0].Ingest(Strike("s1", 6));

        places[2].With(StrikeRule(minKilled: 5, scope: "sy-idlib") with { CreatedAt = T0.AddMinutes(1) });
        places[0].SendTo(places[1]);
        places[1].SendTo(places[2]);

        Assert.Empty(places[2].Alerts);
        Assert.Null(places[2].State.Rules["deadly"].LastFiredAt);
    }
}
