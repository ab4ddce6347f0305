using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace FrontAlert.Hosting;

/// <summary>In durable mode, ready only when Redis answers and keeps every key (<see cref="EvictionCheck"/>).</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await redis.GetDatabase().PingAsync().WaitAsync(HealthDefaults.Timeout, cancellationToken);
        return await EvictionCheck.Problem(redis).WaitAsync(HealthDefaults.Timeout, cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy(problem)
            : HealthCheckResult.Healthy();
    }
}
