using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontAlert.Web;

/// <summary>Ready once the alert fan-out holds its start position.</summary>
public sealed class FanoutHealthCheck(AlertFanout fanout) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(fanout.IsStarted ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("starting"));
}
