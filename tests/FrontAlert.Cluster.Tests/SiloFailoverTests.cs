using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Grains;
using FrontAlert.Hosting;
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
        var firstKill = loop.Now;
        await world.Silos[0].Kill();
        await Task.Delay(TimeSpan.FromSeconds(5));
        world.Silos.Add(await world.StartSilo());
        await Task.Delay(TimeSpan.FromSeconds(3));
        var secondKill = loop.Now;
        await world.Silos[1].Kill();
        await Task.Delay(TimeSpan.FromSeconds(12));
        await loop.Stop();

        var resumed = new[] { loop.ResumedAfter(firstKill), loop.ResumedAfter(secondKill) };
        output.WriteLine($"ingest resumed {resumed[0].TotalSeconds:F1} s and {resumed[1].TotalSeconds:F1} s after each SIGKILL; "
            + $"slowest answer {loop.SlowestAnswer.TotalSeconds:F1} s (a request caught on the dead silo waits out the response timeout); "
            + $"{loop.Failed.Count} requests failed with 503 or a broken connection and acknowledged nothing");
        var said = string.Join('\n', world.Webs[0].Output.Split('\n')
            .Where(l => l.Contains("WRN", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal))
            .Select(l => l.Length > 220 ? l[..220] : l).Distinct().Take(25));
        Assert.All(resumed, r => Assert.True(r < TimeSpan.FromSeconds(5), $"ingest resumed only after {r}; the web node said:\n{said}"));
        Assert.True(loop.SlowestAnswer < Membership.ResponseTimeout + TimeSpan.FromSeconds(3), $"a request took {loop.SlowestAnswer}");
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
        output.WriteLine($"slowest answer across the graceful stop: {loop.SlowestAnswer.TotalSeconds:F1} s");
        await Task.Delay(TimeSpan.FromSeconds(5));
        await loop.Stop();

        Assert.Empty(loop.Failed);
        await world.AssertEveryAckedReportOnceIn(world.Webs[0].Client(), loop);
    }
}
