using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;
using FrontAlert.Testing;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// Issue case 4: an exception while a place applies a batch. A rule stored on the place without the reader's checks
/// (as a state written before them could hold: a toll rule with no category) makes every evaluation throw after the
/// report was already taken in memory. The caller gets an error, nothing is stored or delivered, and once the bad rule
/// is gone the retry is applied once.
/// </summary>
public sealed class FaultWhileApplyingTests(RedisCluster fixture) : IClassFixture<RedisCluster>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task A_fault_while_applying_keeps_the_stored_state_and_the_retry_is_applied_once()
    {
        var tree = await Tree.Create(Grains);
        var town = Grains.GetGrain<ILocationGrain>(tree.Town);
        await Grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutRule(new Rule { Id = $"{tree.Town}-strikes", Kind = RuleKind.Strike, ScopeId = tree.Town, MinKilled = 1 });
        await town.PutRule(new Rule { Id = "broken", Kind = RuleKind.TollThreshold, ScopeId = tree.Town }); // no category, no threshold

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => town.Ingest([Reports.Strike("fault-1", tree.Town, 9)]));
        Assert.IsType<PlaceFaultedException>(failure);

        // The next activation starts from the stored state: the report is not there, its id is not seen.
        await Eventually.Until(async () => { try { await town.RemoveRule("broken"); return true; } catch (PlaceFaultedException) { return false; } }, ok => ok);
        var state = await town.State();
        Assert.Equal(0, state!.Tolls["killed"].Incidents);
        Assert.Empty(state.RecentStrikes);
        Assert.Empty(await fixture.Silo<IReportStore>().Timeline(tree.Town, 10));

        Assert.Equal([IngestStatus.Accepted], await town.Ingest([Reports.Strike("fault-1", tree.Town, 9)]));
        Assert.Equal([IngestStatus.Duplicate], await town.Ingest([Reports.Strike("fault-1", tree.Town, 9)]));
        Assert.Equal(9, (await town.State())!.Tolls["killed"].Incidents);
        var log = fixture.Silo<IAlertLog>();
        var alerts = await Eventually.Get(() => log.Read(0, 1000), a => a.Any(x => x.ReportIds.Contains("fault-1")));
        Assert.Single(alerts, a => a.ReportIds.Contains("fault-1"));
    }
}
