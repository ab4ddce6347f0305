using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class TollThresholdRuleTests
{
    private readonly Place _idlib = new Place("sy-idlib").With(TollRule(50));

    [Fact]
    public void A_toll_rule_fires_once_when_the_figure_crosses_its_threshold()
    {
        _idlib.Ingest(Toll("t1", 40));
        Assert.Empty(_idlib.Alerts);

        _idlib.Ingest(Toll("t2", 60, hours: 1));

        var alert = Assert.Single(_idlib.Alerts);
        Assert.Equal(("toll/crossed/0", "sy-idlib", 60L, 50L, TollCategory.Killed), (alert.Id, alert.LocationId, alert.Value, alert.Threshold, alert.Category));
        Assert.Equal(["sohr"], alert.SourceIds);
        Assert.Equal(["t2"], alert.ReportIds);
        Assert.Equal(At(1), alert.ObservedAt);
    }

    [Fact]
    public void Reaching_the_threshold_exactly_counts_as_crossing()
    {
        _idlib.Ingest(Toll("t1", 50));

        Assert.Equal(50, Assert.Single(_idlib.Alerts).Value);
    }

    [Fact]
    public void Re_sent_lower_or_equal_later_figures_never_fire_again()
    {
        _idlib.Ingest(Toll("t1", 60));

        foreach (var later in new[] { Toll("t1", 60), Toll("t2", 60, hours: 1), Toll("t3", 45, hours: 2), Toll("t4", 60, hours: 3), Toll("t5", 90, "snhr", hours: 4) })
        {
            _idlib.Ingest(later);
        }

        Assert.Single(_idlib.Alerts);
    }

    [Fact]
    public void A_partisan_figure_is_ignored_by_a_monitor_only_rule_but_counted_by_a_partisan_one()
    {
        _idlib.With(TollRule(50, minTrust: Trust.Partisan, id: "partisan"));

        _idlib.Ingest(Toll("t1", 500, "state-tv"));

        var alert = Assert.Single(_idlib.Alerts);
        Assert.Equal(("partisan", 500L, "state-tv"), (alert.RuleId, alert.Value, Assert.Single(alert.SourceIds)));
    }

    [Fact]
    public void A_rule_put_after_the_figure_is_already_above_its_threshold_never_fires()
    {
        var idlib = new Place("sy-idlib");
        idlib.Ingest(Toll("t1", 80));

        idlib.With(TollRule(50));
        idlib.Ingest(Toll("t2", 90, hours: 1), Toll("t3", 120, "snhr", hours: 2));

        Assert.Empty(idlib.Alerts);
    }

    [Fact]
    public void A_rule_whose_threshold_changes_watches_afresh_from_todays_figure()
    {
        _idlib.Ingest(Toll("t1", 60));

        _idlib.With(TollRule(100) with { Revision = 1 });
        _idlib.Ingest(Toll("t2", 120, hours: 1));

        Assert.Equal(["toll/crossed/0", "toll/crossed/1"], _idlib.Alerts.Select(a => a.Id));
    }

    [Fact]
    public void A_toll_alert_names_the_sources_of_per_party_figures()
    {
        _idlib.Ingest(Toll("t1", 30, actor: "hts"), Toll("t2", 25, actor: "saa"));

        var alert = Assert.Single(_idlib.Alerts);
        Assert.Equal(55, alert.Value);
        Assert.Equal(["sohr"], alert.SourceIds);
        Assert.Equal(["t1", "t2"], alert.ReportIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rule_on_one_party_watches_only_that_partys_dead()
    {
        var idlib = new Place("sy-idlib").With(TollRule(50) with { ActorId = "hts" });

        idlib.Ingest(Toll("t1", 40, actor: "hts"), Toll("t2", 40, actor: "saa"));
        Assert.Empty(idlib.Alerts);
        idlib.Ingest(Toll("t3", 55, actor: "hts", hours: 1));

        Assert.Equal("Idlib: 55 killed among HTS, threshold 50 crossed", Assert.Single(idlib.Alerts).Title);
    }
}
