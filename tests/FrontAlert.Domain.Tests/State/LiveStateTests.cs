using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.State;

public class LiveStateTests
{
    [Fact]
    public void The_live_state_shows_control_and_what_each_source_says_newest_first()
    {
        var town = new Place("sy-saraqib").HeldBySaa();
        town.Ingest(Control("r1", "rebel-command", "hts"), Control("r2", "state-tv", "saa", ControlStatus.Holds, hours: 1));

        var live = LiveState.Of(Locations[3], town.State, town.Catalog);

        // Assessed control (ADR 0002): the denied partisan claim stands beside the confirmed holder.
        Assert.Equal(("saa", Confidence.Confirmed), (live.Control!.ActorId, live.Control.Confidence));
        Assert.Equal(("hts", Confidence.Contested, "rebel-command", "state-tv"),
            (live.Challenge!.ActorId, live.Challenge.Confidence, Assert.Single(live.Challenge.SourceIds), Assert.Single(live.Challenge.DeniedBy)));
        Assert.Equal([("state-tv", Side.Government), ("rebel-command", Side.Opposition)], live.Claims.Select(c => (c.SourceId, c.Side!.Value)));
        Assert.Equal(T0, live.UpdatedAt);
    }

    [Fact]
    public void The_live_state_shows_each_sources_toll_and_the_effective_figure()
    {
        var idlib = new Place("sy-idlib");
        idlib.Ingest(Toll("t1", 100, "sohr"), Toll("t2", 150, "snhr"), Toll("t3", 500, "state-tv"), Strike("s1", 20, location: "sy-idlib"));

        var killed = LiveState.Of(Locations[1], idlib.State, idlib.Catalog).Tolls["killed"];

        Assert.Equal([("snhr", 150L), ("sohr", 100L), ("state-tv", 500L)], killed.BySource.Select(p => (p.Key, p.Value)));
        Assert.Equal((20L, 150L), (killed.Incidents, killed.Effective));
    }

    [Fact]
    public void The_live_state_lists_recent_strikes_newest_first()
    {
        var town = new Place("sy-saraqib");
        town.Ingest(Strike("s1", 1, hours: 1), Strike("s2", 2, hours: 3), Strike("s3", 3, hours: 2));

        var live = LiveState.Of(Locations[3], town.State, town.Catalog);

        Assert.Equal(["s2", "s3", "s1"], live.RecentStrikes.Select(s => s.ReportId));
        Assert.Equal(["killed", "civilians_killed", "combatants_killed", "wounded"], live.Tolls.Keys);
    }
}
