using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;

namespace FrontAlert.Grains.Tests;

/// <summary>The Redis Stream alert log: seq without gaps or repeats, idempotent by alert id.</summary>
public sealed class AlertLogTests(RedisCluster fixture) : IClassFixture<RedisCluster>
{
    private static Alert Alert(string id) => new()
    {
        Id = id, RuleId = "r", Kind = RuleKind.Strike, Severity = Severity.Warning, LocationId = "sy", LocationName = "Syria",
        ScopeId = "sy", Title = id, Message = id,
    };

    [Fact]
    public async Task Seq_grows_by_one_per_alert_and_an_alert_appended_again_keeps_its_seq()
    {
        var log = new RedisAlertLog(await fixture.Redis.Connect());
        var start = await log.LastSeq();
        var first = await log.Append([Alert("a-1"), Alert("a-2")]);
        var again = await log.Append([Alert("a-2"), Alert("a-3")]);

        Assert.Equal([start + 1, start + 2], first.Select(a => a.Seq));
        Assert.Equal([start + 2, start + 3], again.Select(a => a.Seq));
        var read = await log.Read(start, 10);
        Assert.Equal(["a-1", "a-2", "a-3"], read.Select(a => a.Id));
        Assert.Equal([start + 1, start + 2, start + 3], read.Select(a => a.Seq));
    }

    [Fact]
    public async Task The_log_survives_a_redis_crash_under_appendfsync_always()
    {
        var log = new RedisAlertLog(await fixture.Redis.Connect());
        var logged = await log.Append([Alert("crash-1")]);

        await fixture.Redis.Restart();

        var after = new RedisAlertLog(await fixture.Redis.Connect());
        var read = await after.Read(logged[0].Seq - 1, 1);
        Assert.Equal("crash-1", read.Single().Id);
    }

    [Fact]
    public async Task Reads_carry_the_epoch_and_a_restart_of_redis_starts_a_new_one_forked_at_the_seq_it_came_back_with()
    {
        var log = new RedisAlertLog(await fixture.Redis.Connect());
        var logged = await log.Append([Alert("epoch-1")]);
        var before = await log.Epoch();
        Assert.Equal(logged[0].Epoch, before.Id);
        Assert.Equal(before.Id, (await log.Read(logged[0].Seq - 1, 1)).Single().Epoch);

        await fixture.Redis.Restart();

        var after = new RedisAlertLog(await fixture.Redis.Connect());
        var epoch = await after.Epoch();
        Assert.NotEqual(before.Id, epoch.Id);
        Assert.Equal(new EpochStart(epoch.Id, logged[0].Seq), epoch.History[^1]);
        // nothing was lost (appendfsync always): a cursor of the old epoch is vouched for as it is
        Assert.Equal(new CursorCheck(logged[0].Seq, null), epoch.Vouch(before.Id, logged[0].Seq));
        Assert.Equal(epoch.Id, (await after.Append([Alert("epoch-2")]))[0].Epoch);
    }
}
