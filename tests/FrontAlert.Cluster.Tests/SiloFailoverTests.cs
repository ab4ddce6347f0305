using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Cluster.Tests;

/// <summary>Losing a silo under continuous ingest: nothing acknowledged is lost, no alert is repeated.</summary>
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_silo_killed_with_SIGKILL_loses_nothing_acknowledged_and_ingest_resumes_within_seconds()
    {
        await using var world = new ClusterWorld(output);
        await world.Start(silos: 2, webs: 1);
        using var reporter = world.Webs[0].Client(Keys.Reporter);
        var loop = new IngestLoop(reporter, "kill", ClusterWorld.Places);

        // Kill one silo, bring a fresh one, kill the other: every activation has then lived on a killed silo.
        loop.Start();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await world.Silos[0].Kill();
        await Task.Delay(TimeSpan.FromSeconds(5));
        world.Silos.Add(await world.StartSilo());
        await Task.Delay(TimeSpan.FromSeconds(3));
        await world.Silos[1].Kill();
        await Task.Delay(TimeSpan.FromSeconds(8));
        await loop.Stop();

        output.WriteLine($"ingest paused for at most {loop.LongestPause.TotalSeconds:F1} s across two SIGKILLs; failed requests: {string.Join(", ", loop.Failed)}");
        Assert.True(loop.LongestPause < TimeSpan.FromSeconds(10), $"ingest paused {loop.LongestPause}");
        Assert.True(loop.Acked.Count > 50, $"only {loop.Acked.Count} acknowledged");
        await world.AssertEveryAckedReportOnceIn(world.Webs[0].Client(), loop);
    }

    [Fact]
    public async Task A_silo_stopped_gracefully_causes_no_errors_for_callers()
    {
        await using var world = new ClusterWorld(output);
        await world.Start(silos: 2, webs: 1);
        using var reporter = world.Webs[0].Client(Keys.Reporter);
        var loop = new IngestLoop(reporter, "stop", ClusterWorld.Places);

        loop.Start();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await world.Silos[0].Stop();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await loop.Stop();

        Assert.Empty(loop.Failed);
        await world.AssertEveryAckedReportOnceIn(world.Webs[0].Client(), loop);
    }
}
