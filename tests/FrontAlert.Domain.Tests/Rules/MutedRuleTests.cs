using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class MutedRuleTests
{
    private static Silence Mute(string? ruleId, string? scopeId = null, double untilHours = 1) =>
        new("quiet", ruleId, scopeId, At(untilHours), "maintenance", At(-1));

    [Fact]
    public void A_disabled_toll_rule_raises_nothing_and_its_crossing_is_not_replayed_when_enabled()
    {
        var idlib = new Place("sy-idlib").With(TollRule(50, enabled: false)).With(TollRule(50, id: "witness"));
        idlib.Ingest(Toll("t1", 60));

        idlib.With(TollRule(50));
        idlib.Ingest(Toll("t2", 80, hours: 1));

        Assert.Equal(["witness"], idlib.Alerts.Select(a => a.RuleId));
    }

    [Fact]
    public void A_disabled_control_rule_raises_nothing_and_hears_only_later_changes_once_enabled()
    {
        var town = new Place("sy-saraqib").HeldBySaa().With(ControlRule() with { Enabled = false });
        town.Ingest(Control("r1", "sohr", "hts"));

        town.With(ControlRule());
        town.Ingest(Control("r2", "sohr", "saa", hours: 20));

        Assert.Equal(["front/sy-saraqib/r2/confirmed"], town.Alerts.Select(a => a.Id));
    }

    [Fact]
    public void A_silenced_toll_rule_raises_nothing_and_its_crossing_is_not_replayed_after_the_silence()
    {
        var idlib = new Place("sy-idlib") { Catalog = Catalog(Mute("toll")) }.With(TollRule(50));
        idlib.Ingest(Toll("t1", 60));

        idlib.Now = At(2);
        idlib.Ingest(Toll("t2", 80, hours: 2));

        Assert.Empty(idlib.Alerts);
    }

    [Theory]
    [InlineData("front", null, 0)]
    [InlineData("other-rule", null, 1)]
    [InlineData(null, "sy-idlib", 0)]
    [InlineData(null, "sy-hama", 1)]
    [InlineData("front", "sy-hama", 1)]
    public void A_silence_mutes_only_its_rule_and_its_area(string? ruleId, string? scopeId, int expected)
    {
        var town = new Place("sy-saraqib") { Catalog = Catalog(Mute(ruleId, scopeId)) }.HeldBySaa().With(ControlRule());

        town.Ingest(Control("r1", "sohr", "hts"));

        Assert.Equal(expected, town.Alerts.Count);
    }

    [Fact]
    public void An_expired_silence_mutes_nothing()
    {
        var town = new Place("sy-saraqib") { Catalog = Catalog(Mute("front")), Now = At(1) }.HeldBySaa().With(ControlRule());

        town.Ingest(Control("r1", "sohr", "hts"));

        Assert.Single(town.Alerts);
    }
}
