using FrontAlert.Testing;
using FrontAlert.Web.Tests.Hub;
using Xunit.Abstractions;

namespace FrontAlert.Web.Tests;

/// <summary>
/// What a report and an alert cost in Redis, measured with <c>MEMORY USAGE</c> on the keys that hold them, so the
/// retention defaults can be sized (docs/contract/alert-log.md). Fails if either grows past a generous bound.
/// </summary>
public sealed class StoreSizeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _server = await FrontAlertServer.Start(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_report_and_an_alert_take_a_bounded_number_of_bytes_in_redis()
    {
        const int Towns = 2, PerTown = 200;
        var world = new HubWorld(_server, "size");
        await world.Create(towns: Towns);
        for (var t = 0; t < Towns; t++)
        {
            await world.Strikes(t, PerTown, $"s{t}"); // ids of their own: the same ids again would be duplicates
        }
        var logged = await Eventually.Get(() => world.Logged(), l => l.Count == Towns * PerTown, TimeSpan.FromSeconds(60));
        Assert.Equal(Towns * PerTown, logged.Count); // every strike raised its alert: the sizes below are of all of them
        await using var redis = await _redis.Connect();
        var db = redis.GetDatabase();
        // filing follows the alert: wait until every place has every report in its store
        for (var t = 0; t < Towns; t++)
        {
            var town = world.Town(t);
            Assert.Equal(PerTown, await Eventually.Get(() => db.SortedSetLengthAsync($"fa:timeline:{{{town}}}"), n => n == PerTown, TimeSpan.FromSeconds(30)));
        }
        async Task<long> Usage(string key) => (long)await db.ScriptEvaluateAsync("return redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', '0') or 0", [key]);
        var alerts = await Usage("fa:alerts") + await Usage("fa:alerts:ids");
        long reports = await Usage("fa:report-places");
        for (var t = 0; t < Towns; t++)
        {
            reports += await Usage($"fa:reports:{{{world.Town(t)}}}") + await Usage($"fa:timeline:{{{world.Town(t)}}}");
        }
        var perAlert = alerts / (Towns * PerTown);
        var perReport = reports / (Towns * PerTown);
        output.WriteLine($"bytes per alert (stream + id map): {perAlert}; bytes per strike report (store + timeline + report-place index): {perReport}");
        Assert.InRange(perAlert, 100, 2_000);
        Assert.InRange(perReport, 100, 3_000);
    }
}
