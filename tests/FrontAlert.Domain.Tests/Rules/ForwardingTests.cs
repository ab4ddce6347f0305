using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

/// <summary>
/// A place sends its parent only the events a rule above may still use (ADR 0027): the ancestors no longer store and
/// rewrite their subtree's events, yet every rule above still fires once and still learns when it last fired.
/// </summary>
public class ForwardingTests
{
    private static readonly string[] Chain = ["sy-saraqib", "sy-idlib-d", "sy-idlib", "sy"];

    private static Place[] Tree(params Rule[] rules)
    {
        var places = Chain.Select(id => new Place(id) { Catalog = CatalogWith(rules), CatalogAsOf = T0 }).ToArray();
        foreach (var rule in rules)
        {
            places[Array.IndexOf(Chain, rule.ScopeId)].With(rule);
        }
        return places;
    }

    private static void RollUpAll(Place[] places)
    {
        for (var i = 0; i < places.Length - 1; i++)
        {
            places[i].SendTo(places[i + 1]);
        }
    }

    [Fact]
    public void Judged_events_stay_at_the_town_and_the_country_still_learns_its_rule_fired()
    {
        var places = Tree(StrikeRule(minKilled: 5) with { CreatedAt = At(-1) });

        places[0].Ingest(Strike("s1", 6), Strike("s2", 1));
        var sent = places[0].SendTo(places[1]);
        RollUpAll(places[1..]);

        Assert.Empty(sent.Events);
        Assert.Equal(["deadly"], sent.Fired);
        Assert.All(places, p => Assert.Empty(p.State.UnsentEvents));
        Assert.Equal(["deadly/sy-saraqib/s1"], places[0].Alerts.Select(a => a.Id));
        Assert.All(places[1..], p => Assert.Empty(p.Alerts));
        Assert.Equal(T0, places[3].State.Rules["deadly"].LastFiredAt);
        Assert.Equal(7, places[3].Killed); // totals travel as before
    }

    [Fact]
    public void A_toll_rule_above_still_gets_the_strikes_that_carry_its_figure()
    {
        var places = Tree(TollRule(5) with { CreatedAt = At(-1) });

        places[0].Ingest(Strike("s1", 6, source: "sohr"));
        var sent = places[0].SendTo(places[1]);
        places[1].SendTo(places[2]);

        Assert.Equal(["sy-saraqib/s1"], sent.Events.Select(e => e.EventId));
        Assert.Contains("s1", Assert.Single(places[2].Alerts).ReportIds);
    }

    [Fact]
    public void A_toll_rule_above_does_not_bring_up_control_changes()
    {
        var places = Tree(TollRule(5) with { CreatedAt = At(-1) });
        places[0].HeldBySaa();

        places[0].Ingest(Control("c1", "sohr", "hts", hours: 1));

        Assert.Equal("hts", places[0].Control?.ActorId); // the place changed hands
        Assert.Empty(places[0].SendTo(places[1]).Events);
    }

    [Fact]
    public void A_town_whose_catalog_may_lack_a_new_rule_sends_its_events_up()
    {
        // The catalog was last known complete 1.5 s before the report: a rule live by now could be missing from it.
        var rule = StrikeRule(minKilled: 5, scope: "sy-idlib") with { CreatedAt = At(-1) };
        var places = Chain[..3].Select(id => new Place(id) { CatalogAsOf = T0 - Rule.LiveDelay + Forwarding.Skew }).ToArray();
        places[2].With(rule);

        places[0].Ingest(Strike("s1", 6));
        places[0].SendTo(places[1]);
        places[1].SendTo(places[2]);

        Assert.Equal(["deadly/sy-saraqib/s1"], places[2].Alerts.Select(a => a.Id));
    }

    [Fact]
    public void A_rule_judges_events_from_when_it_is_live_not_from_when_it_was_stored()
    {
        var rule = StrikeRule(minKilled: 5) with { CreatedAt = T0 - Rule.LiveDelay + TimeSpan.FromMilliseconds(1) };
        var places = Tree(rule);

        places[0].Ingest(Strike("s1", 6));
        places[0].Now = rule.LiveAt;
        places[0].Ingest(Strike("s2", 6));

        Assert.Equal(["deadly/sy-saraqib/s2"], places[0].Alerts.Select(a => a.Id));
    }
}
