using FrontAlert.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FrontAlert.Grains;

/// <summary>
/// Every few seconds, asks each location marked as having pending work to flush it. After a crash this is what
/// logs an alert that was decided and stored but not yet appended. Flushing is idempotent, so every silo may sweep.
/// </summary>
public sealed class PendingSweeper(IGrainFactory grains, IPendingWork pending, ILogger<PendingSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var ids = await pending.List();
                await Task.WhenAll(ids.Select(id => grains.GetGrain<ILocationGrain>(id).Flush()));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Pending sweep failed; trying again in {Every}", Every);
            }
        }
    }
}
