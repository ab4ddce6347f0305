using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.State;

/// <summary>The place recounts as if a retracted report had never come, and corrects what stood on it.</summary>
public class RetractionTests
{
    private static RetractionReport Retraction(string id, string retracts, string source = "sohr", string location = "sy-saraqib", double hours = 5) => new()
    {
        Id = id, Retracts = retracts, SourceId = source, LocationId = location, ObservedAt = At(hours), Reason = "wrong town",
    };

    [Fact]
    public void A_retracted_capture_gives_the_place_back_to_its_holder_with_one_correction()
    {
        var place = new Place("sy-saraqib").HeldBySaa().With(ControlRule());
        place.Ingest(Control("c1", "sohr", "hts"));
        var original = Assert.Single(place.Alerts);

        place.Ingest(Retraction("c1-x", "c1"));

        Assert.Equal(("saa", Confidence.Confirmed), (place.Control!.ActorId, place.Control.Confidence));
        Assert.Empty(place.State.Control.Claims);
        var correction = place.Alerts[1];
        Assert.Equal((RuleKind.Correction, original.Id, "saa"), (correction.Kind, correction.Corrects, correction.To?.ActorId));
        Assert.Equal(2, place.Alerts.Count);
    }

    [Fact]
    public void A_source_retracting_its_newer_claim_falls_back_to_its_older_one()
    {
        var place = new Place("sy-saraqib").HeldBySaa();
        place.Ingest(Control("c1", "sohr", "hts", hours: 0), Control("c2", "sohr", "saa", ControlStatus.Captured, hours: 2));
        Assert.Equal("saa", place.Control!.ActorId);

        place.Ingest(Retraction("c2-x", "c2"));

        Assert.Equal("hts", place.Control!.ActorId);
        Assert.Equal("c1", place.State.Control.Claims["sohr"].ReportId);
    }

    [Fact]
    public void A_toll_alert_whose_figure_falls_back_below_the_threshold_is_corrected_and_re_arms()
    {
        var place = new Place("sy-idlib").With(TollRule(100));
        place.Ingest(Toll("t1", 80, hours: 0), Toll("t2", 120, hours: 1));
        var crossed = Assert.Single(place.Alerts);

        place.Ingest(Retraction("t2-x", "t2", location: "sy-idlib"));
        var correction = Assert.Single(place.Alerts, a => a.Kind == RuleKind.Correction);
        Assert.Equal((crossed.Id, 80L), (correction.Corrects, correction.Value));
        Assert.Equal(80, place.State.Tolls.FigureOf("sohr", TollCategory.Killed, null));

        place.Ingest(Toll("t3", 130, hours: 2));
        var again = place.Alerts[^1];
        Assert.Equal((RuleKind.TollThreshold, 130L), (again.Kind, again.Value));
        Assert.NotEqual(crossed.Id, again.Id);
    }

    [Fact]
    public void A_retracted_strike_leaves_the_subtree_totals_and_a_second_retraction_is_a_duplicate()
    {
        var town = new Place("sy-saraqib");
        var district = new Place("sy-idlib-d");
        town.Ingest(Strike("s1", killed: 10), Strike("s2", killed: 2));
        town.SendTo(district);

        Assert.Equal([IngestStatus.Accepted, IngestStatus.Duplicate], town.Ingest(Retraction("s1-x", "s1"), Retraction("s1-y", "s1")));
        town.SendTo(district);

        Assert.Equal((2L, 2L), (town.Killed, district.Killed));
        Assert.Equal(["s2"], town.State.Strikes.Select(s => s.ReportId));
        Assert.Contains(district.State.UnsentEvents, e => e is RetractionEvent { ReportId: "s1" });
    }
}
