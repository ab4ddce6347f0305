using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class AlertIdTests
{
    private static Alert Raise(double nowHours = 0)
    {
        var town = new Place("sy-saraqib") { Now = At(nowHours) }.HeldBySaa().With(ControlRule());
        town.Ingest(Control("r1", "sohr", "hts"));
        return Assert.Single(town.Alerts);
    }

    [Fact]
    public void The_same_event_always_yields_the_same_alert_id()
    {
        var (first, retried) = (Raise(), Raise(nowHours: 5));

        Assert.Equal(("front/sy-saraqib/r1/confirmed", At(0)), (first.Id, first.RaisedAt));
        Assert.Equal((first.Id, first.Title, At(5)), (retried.Id, retried.Title, retried.RaisedAt));
    }

    [Fact]
    public void An_event_redelivered_before_it_was_acknowledged_raises_the_same_alert_id()
    {
        var town = new Place("sy-saraqib");
        var district = new Place("sy-idlib-d").With(StrikeRule(minKilled: 5, scope: "sy-idlib-d"));
        town.Ingest(Strike("s1", killed: 10));
        district.Receive(town.State.UpdateFor());

        town.Ingest(Strike("s2", killed: 1));
        district.Receive(town.State.UpdateFor());

        Assert.NotEmpty(district.Alerts);
        Assert.All(district.Alerts, a => Assert.Equal("deadly/sy-saraqib/s1", a.Id));
        Assert.Equal(11, district.Killed);
    }

    [Fact]
    public void A_toll_crossing_has_one_id_per_rule_revision()
    {
        var idlib = new Place("sy-idlib").With(TollRule(50) with { Revision = 7 });

        idlib.Ingest(Toll("t1", 60));

        Assert.Equal("toll/crossed/7", Assert.Single(idlib.Alerts).Id);
    }

    [Fact]
    public void A_re_created_rule_never_repeats_the_alert_ids_of_the_rule_deleted_before_it()
    {
        var idlib = new Place("sy-idlib").With(TollRule(50) with { Revision = 1, Incarnation = 1 });
        idlib.Ingest(Toll("t1", 60));
        idlib.Engine.Remove("toll");

        idlib.With(TollRule(100) with { Revision = 1, Incarnation = 2 }).Ingest(Toll("t2", 120, hours: 1));

        Assert.Equal(["toll/crossed/1", "toll@2/crossed/1"], idlib.Alerts.Select(a => a.Id));
    }
}
