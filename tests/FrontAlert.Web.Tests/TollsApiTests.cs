using FrontAlert.Testing;
namespace FrontAlert.Web.Tests;

/// <summary>Casualty figures: sources are alternative estimates, never added; strikes count once in every ancestor.</summary>
public sealed class TollsApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Figures_of_different_sources_are_never_added_and_the_effective_one_is_the_highest_monitor_figure()
    {
        await Server.Ingest(
            Json.Toll("to-sohr-1", "sy-binnish", "killed", 40, "sohr", asOf: "2024-12-01T09:00:00Z"),
            Json.Toll("to-snhr", "sy-binnish", "killed", 55, "snhr"),
            Json.Toll("to-reuters", "sy-binnish", "killed", 70, "reuters"),
            Json.Strike("to-strike", "sy-binnish", 3),
            Json.Toll("to-sohr-2", "sy-binnish", "killed", 45, "sohr", asOf: "2024-12-02T09:00:00Z"));

        var killed = (await Server.Anonymous.GetJson("locations/sy-binnish")).GetProperty("tolls").GetProperty("killed");

        Assert.Equal(["reuters:70", "snhr:55", "sohr:45"], killed.GetProperty("bySource").EnumerateObject().Select(p => $"{p.Name}:{p.Value.GetInt64()}"));
        Assert.Equal(3, killed.GetProperty("incidents").GetInt64());
        Assert.Equal(55, killed.GetProperty("effective").GetInt64());
    }

    [Fact]
    public async Task The_effective_figure_is_the_incident_sum_when_strikes_add_up_to_more_than_any_monitor_says()
    {
        await Server.Ingest(
            Json.Strike("to-sum-1", "sy-sarmin", 30, 10),
            Json.Strike("to-sum-2", "sy-sarmin", 25, 5, observedAt: "2024-12-01T02:00:00Z"),
            Json.Toll("to-sum-sohr", "sy-sarmin", "killed", 50, "sohr"),
            Json.Toll("to-sum-tv", "sy-sarmin", "killed", 500, "state-tv"));

        var state = await Server.Anonymous.GetJson("locations/sy-sarmin");

        Assert.Equal((55L, 55L), (state.Toll("killed"), state.Toll("killed", "effective")));
        Assert.Equal(500, state.GetProperty("tolls").GetProperty("killed").GetProperty("bySource").GetProperty("state-tv").GetInt64());
        Assert.Equal((15L, 40L), (state.Toll("civilians_killed", "effective"), state.Toll("combatants_killed", "effective")));
    }

    [Fact]
    public async Task A_strike_in_a_town_counts_once_in_its_district_governorate_and_country()
    {
        await Server.Place("to-land", "country", null);
        await Server.Place("to-gov", "governorate", "to-land");
        await Server.Place("to-dist", "district", "to-gov");
        await Server.Place("to-town-a", "town", "to-dist");
        await Server.Place("to-town-b", "town", "to-dist");
        object[] strikes = [Json.Strike("to-roll-a", "to-town-a", 5, 2), Json.Strike("to-roll-b", "to-town-b", 7, 7)];

        await Server.Ingest(strikes);
        await Server.Reporter.PostAsync("reports", Json.Body(strikes));

        Assert.Equal(5, (await Server.Anonymous.GetJson("locations/to-town-a")).Toll("killed"));
        foreach (var area in new[] { "to-dist", "to-gov", "to-land" })
        {
            var state = await Server.Anonymous.GetJson($"locations/{area}");
            Assert.Equal((12L, 9L, 3L, 4L, 12L), (state.Toll("killed"), state.Toll("civilians_killed"), state.Toll("combatants_killed"), state.Toll("wounded"), state.Toll("killed", "effective")));
        }
    }

    [Fact]
    public async Task A_strike_in_a_built_in_town_rolls_up_to_its_district_governorate_and_syria()
    {
        string[] areas = ["sy-idlib-idlib-district", "sy-idlib", "sy"];
        var before = await Task.WhenAll(areas.Select(async a => (await Server.Anonymous.GetJson($"locations/{a}")).Toll("killed")));

        await Server.Ingest(Json.Strike("to-sy-1", "sy-taftanaz", 6, 1));

        // The roll-up follows the acknowledgement.
        var after = await Eventually.Get(() => Task.WhenAll(areas.Select(async a => (await Server.Anonymous.GetJson($"locations/{a}")).Toll("killed"))),
            a => a.SequenceEqual(before.Select(b => b + 6)));
        Assert.Equal(before.Select(b => b + 6), after);
    }

    [Fact]
    public async Task Moving_a_town_to_another_governorate_moves_its_casualties_and_counts_them_once()
    {
        await Server.Place("to-mv-land", "country", null);
        await Server.Place("to-mv-gov-a", "governorate", "to-mv-land");
        await Server.Place("to-mv-gov-b", "governorate", "to-mv-land");
        await Server.Place("to-mv-town", "town", "to-mv-gov-a");
        await Server.Ingest(Json.Strike("to-mv-1", "to-mv-town", 5));

        await Server.Place("to-mv-town", "town", "to-mv-gov-b");
        await Server.Ingest(Json.Strike("to-mv-2", "to-mv-town", 1, observedAt: "2024-12-02T00:00:00Z"));

        var killed = await Eventually.Get(() => Task.WhenAll(new[] { "to-mv-gov-a", "to-mv-gov-b", "to-mv-land" }.Select(async a => (await Server.Anonymous.GetJson($"locations/{a}")).Toll("killed"))),
            k => k.SequenceEqual([0L, 6L, 6L]));
        Assert.Equal([0L, 6L, 6L], killed);
    }
}
