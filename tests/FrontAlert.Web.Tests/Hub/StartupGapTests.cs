using FrontAlert.Adapters;
using FrontAlert.Domain;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>
/// A web node that restarts while alerts keep coming holds its fan-out's start position before it serves a
/// Subscribe: a client that subscribes the moment the node is up gets every seq, none lost between its replay and
/// the first live alert.
/// </summary>
public sealed class StartupGapTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task A_client_subscribing_right_after_a_restart_under_continuous_alerts_sees_every_seq()
    {
        var cluster = "gap-" + Guid.NewGuid().ToString("N")[..8];
        await (await FrontAlertServer.Start(_redis.ConnectionString, cluster)).DisposeAsync();

        // Alerts keep arriving in the log the whole time, as a busy silo elsewhere in the cluster appends them.
        await using var redis = await _redis.Connect();
        var log = new RedisAlertLog(redis);
        using var stop = new CancellationTokenSource();
        var appending = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await log.Append([Alert($"gap-{i}")]);
                await Task.Delay(2);
            }
        });
        await Eventually.Until(log.LastSeq, s => s >= 50, TimeSpan.FromSeconds(20));

        var from = await log.LastSeq();
        await using var server = await FrontAlertServer.Start(_redis.ConnectionString, cluster);
        await using var listener = await new HubWorld(server, "gap").Listen([], afterSeq: from);
        var target = await log.LastSeq() + 300;
        await Eventually.Until(() => Task.FromResult(listener.Alerts.LastOrDefault().Seq), s => s >= target, TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await appending;

        var seqs = listener.Alerts.Select(a => a.Seq).TakeWhile(s => s <= target).ToList();
        Assert.Equal(Enumerable.Range(1, (int)(target - from)).Select(i => from + i), seqs);
    }

    private static Alert Alert(string id) => new()
    {
        Id = id, RuleId = "gap", Kind = RuleKind.Strike, Severity = Severity.Warning, LocationId = "sy-idlib", LocationName = "Idlib",
        ScopeId = "sy-idlib", Title = id, Message = id, RaisedAt = DateTimeOffset.UtcNow, ObservedAt = DateTimeOffset.UtcNow,
    };
}
