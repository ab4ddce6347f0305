using StackExchange.Redis;

namespace FrontAlert.Hosting;

/// <summary>
/// Readiness refuses a Redis that may evict keys: an evicted id map, report index or grain state would silently
/// break idempotency and exactly-once, so such a node must not take traffic. Read from <c>INFO memory</c>, which
/// managed Redis services allow where they rename or forbid <c>CONFIG</c>, in a script: StackExchange.Redis sends
/// INFO itself only to a connection opened in admin mode.
/// </summary>
public static class EvictionCheck
{
    private const string Script = "return string.match(redis.call('INFO', 'memory'), 'maxmemory_policy:([%w-]+)')";

    /// <summary>Null when Redis keeps every key (<c>noeviction</c>), else what is wrong and how to fix it.</summary>
    public static async Task<string?> Problem(IConnectionMultiplexer redis)
    {
        var policy = (string?)await redis.GetDatabase().ScriptEvaluateAsync(Script);
        return policy is null or "noeviction"
            ? null
            : $"Redis maxmemory-policy is '{policy}': it may evict keys, which silently breaks idempotency and exactly-once; set maxmemory-policy noeviction";
    }
}
