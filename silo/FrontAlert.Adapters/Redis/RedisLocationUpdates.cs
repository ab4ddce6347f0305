using FrontAlert.Contracts;
using System.Text.Json;
using FrontAlert.Domain;
using StackExchange.Redis;

namespace FrontAlert.Adapters;

/// <summary>The feed as a Redis pub/sub channel: every web node of the deployment hears every silo.</summary>
public sealed class RedisLocationUpdates(IConnectionMultiplexer redis) : ILocationUpdates
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("fa:locations");

    public void Publish(LocationUpdate update) =>
        redis.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(update, DomainJson.Options), CommandFlags.FireAndForget);

    public IDisposable OnUpdated(Action<LocationUpdate> changed)
    {
        void Handler(RedisChannel _, RedisValue message) =>
            changed(JsonSerializer.Deserialize<LocationUpdate>((string)message!, DomainJson.Options)!);
        redis.GetSubscriber().Subscribe(Channel, Handler);
        return new Unwatch(() => redis.GetSubscriber().Unsubscribe(Channel, Handler));
    }
}
