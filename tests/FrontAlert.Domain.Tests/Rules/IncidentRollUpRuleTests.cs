using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class IncidentRollUpRuleTests
{
    private readonly Place _town = new("sy-saraqib");
    private readonly Place _district = new("sy-idlib-d");
    private readonly Place _idlib = new Place("sy-idlib").With(TollRule(50, minTrust: null));

    private void Strike(string id, int killed, string source = "sohr")
    {
        _town.Ingest(Given.Strike(id, killed, source: source));
        _town.SendTo(_district);
        _district.SendTo(_idlib);
    }

    [Fact]
    public void Strike_sums_rolling_up_from_a_town_fire_a_governorate_toll_rule()
    {
        Strike("s1", 30);
        Assert.Empty(_idlib.Alerts);

        Strike("s2", 25);

        var alert = Assert.Single(_idlib.Alerts);
        Assert.Equal(("sy-idlib", 55L), (alert.LocationId, alert.Value));
        Assert.Equal("The effective figure for Idlib, counting monitor sources and all strike reports, reached 55 (SOHR).", alert.Message);
        Assert.Equal(["sohr"], alert.SourceIds);
        Assert.Equal(["s2"], alert.ReportIds);
    }

    [Fact]
    public void Strikes_from_partisan_sources_do_not_count_for_a_monitor_only_rule()
    {
        _idlib.With(TollRule(50, id: "monitor-only"));

        Strike("s1", 60, source: "state-tv");

        Assert.Equal(["toll"], _idlib.Alerts.Select(a => a.RuleId));
    }

    [Fact]
    public void A_repeated_roll_up_does_not_push_the_figure_over_the_threshold()
    {
        Strike("s1", 30);
        var update = _district.State.UpdateFor() with { Version = 1 };

        _idlib.Receive(update);
        _idlib.Receive(update);

        Assert.Equal(30, _idlib.Killed);
        Assert.Empty(_idlib.Alerts);
    }
}
