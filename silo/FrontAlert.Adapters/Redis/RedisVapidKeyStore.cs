using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

using FrontAlert.Contracts;

namespace FrontAlert.Adapters;

/// <summary>
/// Keys from configuration, else from Redis: the first node to start stores a generated pair with SET NX and every
/// node (that one included) then reads what was stored, so two nodes starting at once still agree on one key.
/// </summary>
public sealed class RedisVapidKeyStore(IConnectionMultiplexer redis, IOptions<DeliveryOptions> options) : IVapidKeyStore
{
    public const string Key = "fa:vapid";
    private VapidKeys? _keys;

    public async ValueTask<VapidKeys> Get()
    {
        if ((_keys ?? VapidKeys.Configured(options.Value)) is { } known)
        {
            return _keys = known;
        }
        var db = redis.GetDatabase();
        await db.StringSetAsync(Key, JsonSerializer.Serialize(VapidKeys.Generate(), DomainJson.Options), when: When.NotExists);
        var stored = await db.StringGetAsync(Key);
        return _keys = JsonSerializer.Deserialize<VapidKeys>((string)stored!, DomainJson.Options)!;
    }
}
