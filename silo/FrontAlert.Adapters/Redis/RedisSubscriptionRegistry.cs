using StackExchange.Redis;

using FrontAlert.Contracts;

namespace FrontAlert.Adapters;

/// <summary>
/// The registry as a Redis hash (id → owner) and a count per owner, changed together by Lua so the cap holds when two
/// web nodes take requests from the same address at once.
/// </summary>
public sealed class RedisSubscriptionRegistry(IConnectionMultiplexer redis) : ISubscriptionRegistry
{
    private const string Owners = "fa:subscriptions";
    private const string Counts = "fa:subscriptions:per-owner";

    private static readonly LuaScript AddScript = LuaScript.Prepare("""
        if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 1 end
        local held = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
        local cap = tonumber(ARGV[3])
        if cap > 0 and held >= cap then return 0 end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
        return 1
        """);

    private static readonly LuaScript RemoveScript = LuaScript.Prepare("""
        local owner = redis.call('HGET', KEYS[1], ARGV[1])
        if not owner then return 0 end
        redis.call('HDEL', KEYS[1], ARGV[1])
        if redis.call('HINCRBY', KEYS[2], owner, -1) <= 0 then redis.call('HDEL', KEYS[2], owner) end
        return 1
        """);

    public async Task<bool> TryAdd(string id, string owner, int cap) =>
        (long)(await redis.GetDatabase().ScriptEvaluateAsync(AddScript.ExecutableScript, [Owners, Counts], [id, owner, cap]))! == 1;

    public async Task Remove(string id) =>
        await redis.GetDatabase().ScriptEvaluateAsync(RemoveScript.ExecutableScript, [Owners, Counts], [id]);

    public async Task<IReadOnlyList<string>> Ids() =>
        [.. (await redis.GetDatabase().HashKeysAsync(Owners)).Select(k => (string)k!)];
}
