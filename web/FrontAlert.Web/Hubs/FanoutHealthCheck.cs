using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontAlert.Web;

/// <summary>
/// A web node is ready only once its fan-out holds its start position in the log: a subscriber served before that
/// could miss the alerts raised in between.
/// </summary>
public sealed class FanoutHealthCheck(AlertFanout fanout) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(fanout.IsStarted ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("starting"));
}
