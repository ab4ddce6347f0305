using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class AlertTextTests
{
    private static List<Alert> Town(params Report[] reports)
    {
        var town = new Place("sy-saraqib").HeldBySaa().With(ControlRule(min: Confidence.Claimed)).With(StrikeRule(minKilled: 1, scope: "sy-saraqib"));
        town.Ingest(reports);
        return town.Alerts;
    }

    [Fact]
    public void A_claim_alert_names_the_place_both_actors_and_who_claims_it()
    {
        var alert = Assert.Single(Town(Control("r1", "rebel-command", "hts")));

        Assert.Equal("Saraqib changed hands: SAA → HTS (claimed by Rebel Command)", alert.Title);
        Assert.Equal("Rebel Command claims that HTS (opposition) took Saraqib from SAA (government). Not confirmed by a monitor or two independent outlets. Assessed holder: SAA (government), confirmed.", alert.Message);
    }

    [Fact]
    public void An_upgrade_alert_says_the_earlier_claim_is_confirmed()
    {
        var alert = Town(Control("r1", "rebel-command", "hts"), Control("r2", "sohr", "hts", hours: 1))[1];

        Assert.Equal("Saraqib changed hands: SAA → HTS (confirmed by SOHR)", alert.Title);
        Assert.Equal(["rebel-command", "sohr"], alert.SourceIds);
        Assert.Equal("The earlier claim is now confirmed: HTS (opposition) holds Saraqib, taken from SAA (government).", alert.Message);
    }

    [Fact]
    public void A_contest_alert_names_the_challenger_and_the_holder()
    {
        var alert = Assert.Single(Town(Control("r1", "sohr", "hts", ControlStatus.Contested)));

        Assert.Equal("Saraqib contested: HTS challenges SAA", alert.Title);
        Assert.Equal("Sources disagree about who holds Saraqib (SOHR). Last established holder: SAA (government).", alert.Message);
    }

    [Fact]
    public void A_strike_alert_names_the_place_the_dead_the_perpetrator_and_the_source()
    {
        var alert = Assert.Single(Town(Strike("s1", killed: 10, civilians: 4)));

        Assert.Equal("Airstrike on Saraqib: 10 killed (4 civilians), 3 wounded", alert.Title);
        Assert.Equal("Airstrike by SAA on Saraqib at 2024-11-30 10:00 UTC, reported by SOHR.", alert.Message);
    }

    [Fact]
    public void A_toll_alert_names_the_scope_the_figure_and_the_sources()
    {
        var idlib = new Place("sy-idlib").With(TollRule(1000, category: TollCategory.CiviliansKilled));

        idlib.Ingest(Toll("t1", 1200, category: TollCategory.CiviliansKilled));

        var alert = Assert.Single(idlib.Alerts);
        Assert.Equal("Idlib: 1,200 civilians killed, threshold 1,000 crossed", alert.Title);
        Assert.Equal("The effective figure for Idlib, counting sources of trust monitor or higher, reached 1,200 (SOHR).", alert.Message);
    }
}
