using FrontAlert.Contracts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontAlert.Hosting;

/// <summary>Ready only when the cluster answers: the catalog grain is the one every request path needs.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Version().WaitAsync(HealthDefaults.Timeout, cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
