using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Reports;

public class ReportValidatorTests
{
    private static List<FieldError> Check(Report report)
    {
        var errors = new List<FieldError>();
        ReportValidator.Check(report, Catalog(), errors);
        return errors;
    }

    [Fact]
    public void A_report_naming_known_places_actors_and_sources_passes()
    {
        Assert.Empty(Check(Control("r1", "sohr", "hts")));
        Assert.Empty(Check(Strike("s1", killed: 3)));
        Assert.Empty(Check(Toll("t1", 5, actor: "saa")));
    }

    [Fact]
    public void An_unknown_location_is_rejected_not_invented()
    {
        Assert.Equal([new FieldError("locationId", "unknown location 'sy-aleppo'")], Check(Control("r1", "sohr", "hts", location: "sy-aleppo")));
    }

    [Fact]
    public void An_unknown_source_is_rejected()
    {
        Assert.Equal([new FieldError("sourceId", "unknown source 'white-helmets'")], Check(Strike("s1", 3, source: "white-helmets")));
    }

    [Fact]
    public void An_unknown_actor_is_rejected_in_every_report_type()
    {
        Assert.Equal(["actorId"], Check(Control("r1", "sohr", "isis")).Select(e => e.Field));
        Assert.Equal(["perpetratorId"], Check(Strike("s1", 3) with { PerpetratorId = "ru-af" }).Select(e => e.Field));
        Assert.Equal(["actorId"], Check(Toll("t1", 5, actor: "isis")).Select(e => e.Field));
    }
}
