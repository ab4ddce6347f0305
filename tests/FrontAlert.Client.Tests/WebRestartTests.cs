using System.Collections.Concurrent;
using System.Diagnostics;
using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// The web host as a real process on a real redis-server, SIGKILLed and started again on the same ports while reports
/// keep coming and a client keeps reading: the stream must end with every alert of the log exactly once, in seq order.
/// </summary>
public sealed class WebRestartTests : IAsyncLifetime
{
    private const int Reports = 60;
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task A_web_host_restarted_mid_stream_costs_the_reader_no_alert_and_no_repeat()
    {
        var (httpPort, siloPort, gatewayPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var web = await WebProcess.Start(_redis.ConnectionString, httpPort, siloPort, gatewayPort);
        try
        {
            var address = new Uri($"http://127.0.0.1:{httpPort}/");
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
            var reporter = new FrontAlertClient(http, Keys.Reporter);
            await new FrontAlertClient(http, Keys.Operator).PutRule(Given.StrikeRule("restart-every-strike", "sy"));

            var received = new ConcurrentQueue<Alert>();
            var disconnects = 0;
            var live = new TaskCompletionSource();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(75));
            var options = new AlertStreamOptions
            {
                AfterSeq = 0,
                OnStatus = s =>
                {
                    if (s.State == AlertStreamState.Live)
                    {
                        live.TrySetResult();
                    }
                    if (s.State == AlertStreamState.Disconnected)
                    {
                        Interlocked.Increment(ref disconnects);
                    }
                },
            };
            var reading = Task.Run(async () =>
            {
                await foreach (var alert in new AlertStream(address).Read(options, stop.Token))
                {
                    received.Enqueue(alert);
                }
            }, CancellationToken.None);
            await live.Task.WaitAsync(TimeSpan.FromSeconds(20));

            // Reports keep coming, one request each, retried with the same id while the host is down (harmless). The
            // poster holds after the first third until the host is dead, so the kill lands mid-stream however fast
            // this machine is, and the posts right after it are refused.
            var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var posting = Task.Run(() => Post(reporter, Reports, killed.Task, stop.Token), CancellationToken.None);
            await Eventually.Until(() => Task.FromResult(received.Count), n => n >= 15, TimeSpan.FromSeconds(20));
            await web.Kill();
            var beforeKill = received.Count;
            killed.TrySetResult();
            await web.DisposeAsync();
            web = await WebProcess.Start(_redis.ConnectionString, httpPort, siloPort, gatewayPort);
            var refused = await posting;

            var log = await new FrontAlertClient(http).History(0);
            Assert.Equal(Reports, log.Count); // the server's half: one alert per strike, none lost by the kill
            await Eventually.Until(() => Task.FromResult(received.Count), n => n >= log.Count, TimeSpan.FromSeconds(30));
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);

            Assert.True(disconnects >= 1, "the reader never saw the host go away");
            Assert.True(beforeKill < Reports && refused > 0, $"not mid-stream: {beforeKill} alerts read before the kill, {refused} posts refused while down");
            Assert.Equal(log.Select(a => a.Id), received.Select(a => a.Id));
            Assert.Equal(Enumerable.Range(1, Reports).Select(i => (long)i), received.Select(a => a.Seq));
        }
        finally
        {
            await web.DisposeAsync();
        }
    }

    /// <summary>
    /// Posts the strikes, holding after the first third until <paramref name="killed"/>; returns how many attempts
    /// failed because the host was down. The pauses only pace the load and space the retries: what the test asserts
    /// (every alert once, in order, some posts refused) does not depend on them.
    /// </summary>
    private static async Task<int> Post(FrontAlertClient reporter, int count, Task killed, CancellationToken cancel)
    {
        var refused = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i == count / 3 + 1)
            {
                await killed.WaitAsync(cancel);
            }
            var report = Given.Strike($"restart-{i}", "sy-aleppo-city");
            var clock = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    await reporter.PostReports([report], cancel);
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or FrontAlertApiException { Status: >= System.Net.HttpStatusCode.InternalServerError })
                {
                    cancel.ThrowIfCancellationRequested();
                    refused++;
                    await Task.Delay(100, cancel);
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(40) - clock.Elapsed is { Ticks: > 0 } pause ? pause : TimeSpan.Zero, cancel);
        }
        return refused;
    }
}
