using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Reports;

/// <summary>Issue case 3: counts and figures are at most 10,000,000, and the parts of the dead add up.</summary>
public class BoundedNumberTests
{
    private const string Strike = """{"id":"s1","type":"strike","locationId":"sy-saraqib","observedAt":"2024-11-30T10:00:00Z","sourceId":"sohr",FIELDS}""";

    private static List<FieldError> Errors(string json)
    {
        var errors = new List<FieldError>();
        ReportReader.Read(Json(json), errors);
        return errors;
    }

    [Theory]
    [InlineData("killed")]
    [InlineData("civiliansKilled")]
    [InlineData("combatantsKilled")]
    [InlineData("wounded")]
    public void A_strike_count_over_the_maximum_is_rejected_naming_it(string field)
    {
        var errors = Errors(Strike.Replace("FIELDS", $"\"{field}\":10000001", StringComparison.Ordinal));

        Assert.Equal([new FieldError(field, "must be at most 10,000,000")], errors);
    }

    [Fact]
    public void A_toll_value_over_the_maximum_is_rejected_naming_it()
    {
        var errors = Errors("""{"id":"t1","type":"toll","locationId":"sy","category":"killed","actorId":"saa","value":9223372036854775000,"asOf":"2024-11-30T10:00:00Z","sourceId":"sohr"}""");

        Assert.Equal([new FieldError("value", "must be at most 10,000,000")], errors);
    }

    [Fact]
    public void Civilians_and_combatants_may_not_exceed_killed()
    {
        var errors = Errors(Strike.Replace("FIELDS", "\"killed\":5,\"civiliansKilled\":3,\"combatantsKilled\":3", StringComparison.Ordinal));

        Assert.Equal([new FieldError("combatantsKilled", "civiliansKilled + combatantsKilled cannot exceed killed")], errors);
    }

    [Fact]
    public void Without_killed_the_parts_are_the_killed()
    {
        var report = (StrikeReport)ReportReader.Read(Json(Strike.Replace("FIELDS", "\"civiliansKilled\":3,\"combatantsKilled\":4", StringComparison.Ordinal)), [])!;

        Assert.Equal((7, 3, 4), (report.Killed, report.CiviliansKilled, report.CombatantsKilled!.Value));
    }

    [Fact]
    public void Figures_stored_before_the_bounds_sum_without_overflowing()
    {
        // A state stored before the bounds existed may hold per-party figures near long.MaxValue: reading it must not throw.
        var book = new TollBook();
        book.Apply(Toll("t1", long.MaxValue - 1, actor: "saa"));
        book.Apply(Toll("t2", long.MaxValue - 1, actor: "hts"));
        var idlib = new Place("sy-idlib");
        idlib.State.Tolls = book;

        var live = LiveState.Of(Locations[1], idlib.State, idlib.Catalog);

        Assert.Equal(long.MaxValue, live.Tolls["killed"].BySource["sohr"]);
        Assert.Equal(long.MaxValue, live.Tolls["killed"].Effective);
    }

    [Fact]
    public void Strike_sums_saturate_instead_of_overflowing()
    {
        var sum = new Casualties(1, long.MaxValue, 0, 0) + new Casualties(1, 5, 0, 0);

        Assert.Equal(long.MaxValue, sum.Killed);
    }
}
