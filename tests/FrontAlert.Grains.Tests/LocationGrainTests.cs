using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;
using FrontAlert.Testing;

namespace FrontAlert.Grains.Tests;

public sealed class LocationGrainTests(RedisCluster fixture) : IClassFixture<RedisCluster>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task An_acknowledged_report_is_still_there_after_every_silo_restarts()
    {
        var tree = await Tree.Create(Grains);
        var statuses = await Grains.GetGrain<ILocationGrain>(tree.Town).Ingest(
            [Reports.Control("durable-1", tree.Town, "hts", "sohr"), Reports.Strike("durable-2", tree.Town, killed: 7, civilians: 3)]);
        Assert.Equal([IngestStatus.Accepted, IngestStatus.Accepted], statuses);

        await fixture.RestartSilos();

        var state = await Grains.GetGrain<ILocationGrain>(tree.Town).State();
        Assert.Equal("hts", state!.Control!.ActorId);
        Assert.Equal(Confidence.Confirmed, state.Control.Confidence);
        Assert.Equal(7, state.Tolls["killed"].Incidents);
        // The roll-up and the filing follow the acknowledgement; after the restart the pending sweep completes them.
        var country = await Eventually.Get(() => Grains.GetGrain<ILocationGrain>(tree.Country).State(),
            s => s!.Tolls["killed"].Incidents == 7, TimeSpan.FromSeconds(20));
        Assert.Equal(7, country!.Tolls["killed"].Incidents);
        var timeline = await Eventually.Get(() => fixture.Silo<IReportStore>().Timeline(tree.Town, 10), t => t.Count == 2);
        Assert.Equal(["durable-1", "durable-2"], timeline.Select(e => e.Report.Id).Order());
    }

    [Fact]
    public async Task Re_posting_a_batch_changes_nothing_even_after_a_restart()
    {
        var tree = await Tree.Create(Grains);
        Report[] batch = [Reports.Strike("again-1", tree.Town, 4), Reports.Strike("again-2", tree.Town, 5), Reports.Control("again-3", tree.Town, "hts", "sohr")];
        await Grains.GetGrain<ILocationGrain>(tree.Town).Ingest(batch);

        var second = await Grains.GetGrain<ILocationGrain>(tree.Town).Ingest(batch);
        await fixture.RestartSilos();
        var third = await Grains.GetGrain<ILocationGrain>(tree.Town).Ingest([.. batch.Select(r => r with { Text = "changed content, same id" })]);

        Assert.All(second.Concat(third), s => Assert.Equal(IngestStatus.Duplicate, s));
        var governorate = await Eventually.Get(() => Grains.GetGrain<ILocationGrain>(tree.Governorate).State(),
            s => s!.Tolls["killed"].Incidents >= 9, TimeSpan.FromSeconds(20));
        Assert.Equal(9, governorate!.Tolls["killed"].Incidents);
        Assert.Equal(2, (await Grains.GetGrain<ILocationGrain>(tree.Town).State())!.RecentStrikes.Count);
    }

    [Fact]
    public async Task Duplicates_older_than_the_window_are_still_recognised_through_the_report_store()
    {
        var tree = await Tree.Create(Grains);
        var town = Grains.GetGrain<ILocationGrain>(tree.Town);
        Report[] many = [.. Enumerable.Range(0, SeenWindow.Capacity + 50).Select(i => Reports.Strike($"old-{i}", tree.Town, 1))];
        await town.Ingest(many);

        var again = await town.Ingest([many[0], many[1]]);

        Assert.Equal([IngestStatus.Duplicate, IngestStatus.Duplicate], again);
        Assert.Equal(SeenWindow.Capacity + 50, (await town.State())!.Tolls["killed"].Incidents);
    }

    [Fact]
    public async Task Strike_casualties_roll_up_once_through_three_levels()
    {
        var tree = await Tree.Create(Grains);
        await Grains.GetGrain<ILocationGrain>(tree.Town).Ingest([Reports.Strike("roll-1", tree.Town, 10, 6)]);
        await Grains.GetGrain<ILocationGrain>(tree.OtherTown).Ingest([Reports.Strike("roll-2", tree.OtherTown, 3, 1)]);

        foreach (var (id, killed, civilians) in new[] { (tree.District, 13, 7), (tree.Governorate, 13, 7), (tree.Country, 13, 7), (tree.Town, 10, 6) })
        {
            var state = await Eventually.Get(() => Grains.GetGrain<ILocationGrain>(id).State(), s => s!.Tolls["killed"].Incidents >= killed);
            Assert.Equal(killed, state!.Tolls["killed"].Incidents);
            Assert.Equal(civilians, state.Tolls["civilians_killed"].Incidents);
        }
    }

    [Fact]
    public async Task An_alert_is_logged_once_with_a_seq_even_when_its_events_are_delivered_again()
    {
        var tree = await Tree.Create(Grains);
        var catalog = Grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);
        await catalog.PutRule(new Rule { Id = $"{tree.Country}-strikes", Kind = RuleKind.Strike, ScopeId = tree.Country, MinKilled = 5 });
        var log = fixture.Silo<IAlertLog>();
        var before = await log.LastSeq();

        await Grains.GetGrain<ILocationGrain>(tree.Town).Ingest([Reports.Strike("once-1", tree.Town, 12)]);
        await Eventually.Until(() => log.Read(before, 100), a => a.Any(x => x.RuleId == $"{tree.Country}-strikes"));
        // A repeated roll-up from the district (as after a crash between its write and its acknowledgement).
        var district = await Grains.GetGrain<ILocationGrain>(tree.District).State();
        await Grains.GetGrain<ILocationGrain>(tree.Governorate).Receive(new RollUp(tree.District, 1,
            Incidents.None, [new StrikeEvent($"{tree.Town}/once-1", tree.Town, Reports.Day, "once-1", "white-helmets", "ru-af", "airstrike", 12, 0, 1)]));

        var alerts = (await log.Read(before, 100)).Where(a => a.RuleId == $"{tree.Country}-strikes").ToList();
        Assert.Single(alerts);
        Assert.Equal(["once-1"], alerts[0].ReportIds);
        Assert.Equal(12, district!.Tolls["killed"].Incidents);
    }
}
