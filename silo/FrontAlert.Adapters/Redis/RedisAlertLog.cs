using FrontAlert.Contracts;
using System.Text.Json;
using FrontAlert.Domain;
using StackExchange.Redis;

namespace FrontAlert.Adapters;

/// <summary>
/// The alert log as a Redis Stream whose entry ids are the alerts' <c>seq</c>. One Lua script does the idempotency
/// check, the deployment-wide counter and the append atomically, so a seq is never skipped, repeated or reused.
/// </summary>
public sealed class RedisAlertLog(IConnectionMultiplexer redis) : IAlertLog
{
    public const string Stream = "fa:alerts";
    private const string Ids = "fa:alerts:ids";
    private const string Counter = "fa:alerts:seq";
    private static readonly RedisChannel AppendedChannel = RedisChannel.Literal("fa:alerts:appended");

    private static readonly LuaScript AppendScript = LuaScript.Prepare("""
        local out = {}
        local added = false
        for i = 1, #ARGV, 2 do
          local seq = redis.call('HGET', KEYS[1], ARGV[i])
          if not seq then
            seq = redis.call('INCR', KEYS[2])
            redis.call('XADD', KEYS[3], seq .. '-0', 'a', ARGV[i + 1])
            redis.call('HSET', KEYS[1], ARGV[i], seq)
            added = true
          end
          out[#out + 1] = tonumber(seq)
        end
        if added then redis.call('PUBLISH', 'fa:alerts:appended', '1') end
        return out
        """);

    public async Task<IReadOnlyList<Alert>> Append(IReadOnlyList<Alert> alerts)
    {
        if (alerts.Count == 0)
        {
            return [];
        }
        var args = alerts.SelectMany(a => new RedisValue[] { a.Id, JsonSerializer.Serialize(a with { Seq = 0 }, DomainJson.Options) }).ToArray();
        var db = redis.GetDatabase();
        // The report index goes in the same round trip; it is a set, so a repeated append indexes nothing twice, and an
        // entry for an append that failed only points at an alert Find does not know.
        var indexed = Task.WhenAll(alerts
            .SelectMany(a => a.ReportIds.Select(r => (Report: r, a.Id)))
            .GroupBy(x => x.Report, StringComparer.Ordinal)
            .Select(g => db.SetAddAsync(OnReport(g.Key), [.. g.Select(x => (RedisValue)x.Id)])));
        // The latest alert of each rule per place, for inhibitions; issued in order, so a later alert overwrites.
        var latest = Task.WhenAll(alerts
            .Where(a => a.Kind is not (RuleKind.Correction or RuleKind.Contested))
            .Select(a => db.HashSetAsync(LatestOf(a.RuleId), a.LocationId, a.Id)));
        var result = await db.ScriptEvaluateAsync(AppendScript.ExecutableScript, [Ids, Counter, Stream], args);
        await Task.WhenAll(indexed, latest);
        var seqs = (long[])result!;
        return [.. alerts.Select((a, i) => a with { Seq = seqs[i] })];
    }

    public async Task<IReadOnlyList<Alert>> Read(long after, int limit)
    {
        var entries = await redis.GetDatabase().StreamRangeAsync(Stream, $"{after + 1}-0", "+", limit);
        return [.. entries.Select(Parse)];
    }

    public async Task<IReadOnlyList<Alert>> ReadBefore(long before, int limit)
    {
        if (before <= 1)
        {
            return [];
        }
        var entries = await redis.GetDatabase().StreamRangeAsync(Stream, "-", $"{before - 1}-0", limit, Order.Descending);
        return [.. entries.Select(Parse)];
    }

    public async Task<long> LastSeq()
    {
        var value = await redis.GetDatabase().StringGetAsync(Counter);
        return value.IsNull ? 0 : (long)value;
    }

    public async Task<Alert?> Find(string id)
    {
        var db = redis.GetDatabase();
        var seq = await db.HashGetAsync(Ids, id);
        if (seq.IsNull)
        {
            return null;
        }
        var entries = await db.StreamRangeAsync(Stream, $"{seq}-0", $"{seq}-0", 1);
        return entries.Length == 0 ? null : Parse(entries[0]);
    }

    public async Task<IReadOnlyList<Alert>> StandingOn(IReadOnlyList<string> reportIds)
    {
        var db = redis.GetDatabase();
        var ids = (await Task.WhenAll(reportIds.Distinct(StringComparer.Ordinal).Select(r => db.SetMembersAsync(OnReport(r)))))
            .SelectMany(m => m).Select(v => (string)v!).Distinct(StringComparer.Ordinal);
        var found = await Task.WhenAll(ids.Select(Find));
        return [.. found.OfType<Alert>().OrderBy(a => a.Seq)];
    }

    public async Task<IReadOnlyList<Alert>> Latest(string ruleId, IReadOnlyList<string> locationIds)
    {
        if (locationIds.Count == 0)
        {
            return [];
        }
        var ids = await redis.GetDatabase().HashGetAsync(LatestOf(ruleId), [.. locationIds.Select(l => (RedisValue)l)]);
        var found = await Task.WhenAll(ids.Where(v => v.HasValue).Select(v => Find((string)v!)));
        return [.. found.OfType<Alert>()];
    }

    private static RedisKey LatestOf(string ruleId) => $"fa:alerts:latest:{ruleId}";

    private static RedisKey OnReport(string reportId) => $"fa:alerts:on-report:{reportId}";

    public IDisposable Watch(Action appended)
    {
        void Handler(RedisChannel _, RedisValue __) => appended();
        redis.GetSubscriber().Subscribe(AppendedChannel, Handler);
        return new Unwatch(() => redis.GetSubscriber().Unsubscribe(AppendedChannel, Handler));
    }

    public static Alert Parse(StreamEntry entry)
    {
        var alert = JsonSerializer.Deserialize<Alert>((string)entry["a"]!, DomainJson.Options)!;
        return alert with { Seq = long.Parse(((string)entry.Id!).Split('-')[0], System.Globalization.CultureInfo.InvariantCulture) };
    }
}
