using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace FrontAlert.Hosting;

/// <summary>In durable mode, ready only when Redis answers.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await redis.GetDatabase().PingAsync().WaitAsync(HealthDefaults.Timeout, cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
