using FrontAlert.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace FrontAlert.Adapters;

/// <summary>Registers one implementation of each store interface: Redis when durable, memory in the embedded default.</summary>
public static class AdapterServices
{
    /// <summary>The Redis connection and the Redis-backed stores, shared by silo and web in one process.</summary>
    public static IServiceCollection AddFrontAlertRedis(this IServiceCollection services, string redis)
    {
        services.TryAddSingleton<IConnectionMultiplexer>(_ => Counted(ConnectionMultiplexer.Connect(WithDefaults(redis))));
        services.TryAddSingleton<IAlertLog, RedisAlertLog>();
        services.TryAddSingleton<IReportStore, RedisReportStore>();
        services.TryAddSingleton<ILocationUpdates, RedisLocationUpdates>();
        services.TryAddSingleton<IPendingWork, RedisPendingWork>();
        services.TryAddSingleton<ISubscriptionRegistry, RedisSubscriptionRegistry>();
        services.TryAddSingleton<IVapidKeyStore, RedisVapidKeyStore>();
        return services;
    }

    /// <summary>The embedded default's stores: gone when the process ends.</summary>
    public static IServiceCollection AddFrontAlertMemory(this IServiceCollection services)
    {
        services.TryAddSingleton<IAlertLog, MemoryAlertLog>();
        services.TryAddSingleton<IReportStore, MemoryReportStore>();
        services.TryAddSingleton<IPendingWork, MemoryPendingWork>();
        services.TryAddSingleton<ILocationUpdates, MemoryLocationUpdates>();
        services.TryAddSingleton<ISubscriptionRegistry, MemorySubscriptionRegistry>();
        services.TryAddSingleton<IVapidKeyStore, MemoryVapidKeyStore>();
        return services;
    }

    /// <summary>Every failure the multiplexer reports moves <see cref="FrontAlertTelemetry.RedisErrors"/>.</summary>
    private static ConnectionMultiplexer Counted(ConnectionMultiplexer redis)
    {
        redis.ConnectionFailed += (_, e) => Count("connection " + e.FailureType.ToString().ToLowerInvariant());
        redis.ErrorMessage += (_, _) => Count("reply");
        redis.InternalError += (_, _) => Count("internal");
        return redis;
    }

    private static void Count(string error) => FrontAlertTelemetry.RedisErrors.Add(1, new KeyValuePair<string, object?>("frontalert.redis.error", error));

    /// <summary>Keep retrying in the background instead of failing startup when Redis is briefly away.</summary>
    private static ConfigurationOptions WithDefaults(string redis)
    {
        var options = ConfigurationOptions.Parse(redis);
        options.AbortOnConnectFail = false;
        return options;
    }
}
