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
        var result = await redis.GetDatabase().ScriptEvaluateAsync(AppendScript.ExecutableScript, [Ids, Counter, Stream], args);
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
