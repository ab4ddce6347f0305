using System.Diagnostics;
using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Scenario 5: two standalone silos (SiloProcess) and one web node as an Orleans client (WebProcess, HostSilo=false),
/// durable on Redis. Every town and city gets a report (so it has state, and its ancestors are active), then one silo
/// is SIGKILLed. Each location is polled with GET /locations/{id} (2 s client timeout, 100 ms apart) until it answers
/// 200; the figure is the time from the kill until the last location answered. Full mode kills a silo three times,
/// starting a fresh one in between, so grains that moved once move again.
/// </summary>
public static class FailoverScenario
{
    public static async Task<object> Run(Options o)
    {
        var clusterId = "fo-" + Guid.NewGuid().ToString("N")[..6];
        await using var redis = new RedisDisposable(new RedisServer("everysec"));
        await redis.Server.InitializeAsync();
        var silos = new List<SiloProcess>
        {
            await SiloProcess.Start(redis.Server.ConnectionString, clusterId, FreePort.Next(), FreePort.Next()),
            await SiloProcess.Start(redis.Server.ConnectionString, clusterId, FreePort.Next(), FreePort.Next()),
        };
        var web = await WebProcess.Start(redis.Server.ConnectionString, FreePort.Next(), FreePort.Next(), FreePort.Next(), clusterId, hostSilo: false);
        var root = new Uri(web.Address, "/");
        using var anyone = Http.Client(root, null);
        using var reporter = Http.Client(root, Keys.Reporter);
        anyone.Timeout = TimeSpan.FromSeconds(2);
        var places = await Places.Load(anyone);
        var kills = new List<object>();
        var worst = new List<double>();
        try
        {
            var rounds = o.Quick ? 1 : 3;
            for (var round = 0; round < rounds; round++)
            {
                // touch: a report to each place (state, roll-ups to every ancestor), then a read of each
                var ok = await reporter.PostReports("reports", places.Batch($"fo{round}", round, places.Ids.Length));
                foreach (var id in places.Ids)
                {
                    (await anyone.GetAsync($"locations/{id}")).EnsureSuccessStatusCode();
                }
                await Task.Delay(2000);
                var victim = silos[0];
                var kill = Stopwatch.GetTimestamp();
                await victim.Kill();
                silos.RemoveAt(0);
                var answered = await Task.WhenAll(places.Ids.Select(id => FirstAnswer(anyone, id, kill)));
                var slow = answered.Where(a => a.Failures > 0 || a.Seconds > 0.5).ToArray();
                var all = answered.Max(a => a.Seconds);
                var sorted = answered.Select(a => a.Seconds).Order().ToArray();
                Log.Say($"failover round {round + 1}: every one of {places.Ids.Length} locations answered {all:F2} s after SIGKILL; "
                    + $"{slow.Length} were affected (a failure or > 0.5 s), median {sorted[sorted.Length / 2]:F2} s, {answered.Sum(a => a.Failures)} failed polls");
                worst.Add(all);
                kills.Add(new
                {
                    round = round + 1,
                    locations = places.Ids.Length,
                    reportsAcceptedBeforeKill = ok,
                    secondsUntilAllAnswer = Math.Round(all, 3),
                    affectedLocations = slow.Length,
                    medianSeconds = Math.Round(sorted[sorted.Length / 2], 3),
                    failedPolls = answered.Sum(a => a.Failures),
                    statuses = answered.SelectMany(a => a.Statuses).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()),
                });
                silos.Add(await SiloProcess.Start(redis.Server.ConnectionString, clusterId, FreePort.Next(), FreePort.Next()));
                await Task.Delay(3000);
            }
        }
        finally
        {
            await web.DisposeAsync();
            foreach (var s in silos)
            {
                await s.DisposeAsync();
            }
        }
        return new { kills, worstSeconds = Math.Round(worst.Max(), 3) };
    }

    private sealed record Answer(double Seconds, int Failures, List<string> Statuses);

    private static async Task<Answer> FirstAnswer(HttpClient client, string id, long kill)
    {
        var failures = 0;
        var statuses = new List<string>();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync($"locations/{id}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new Answer(Stopwatch.GetElapsedTime(kill).TotalSeconds, failures, statuses);
                }
                statuses.Add(((int)response.StatusCode).ToString());
            }
            catch (Exception e)
            {
                statuses.Add(e is TaskCanceledException ? "timeout" : e.GetType().Name);
            }
            failures++;
            if (Stopwatch.GetElapsedTime(kill) > TimeSpan.FromSeconds(60))
            {
                return new Answer(double.PositiveInfinity, failures, statuses);
            }
            await Task.Delay(100);
        }
    }
}
