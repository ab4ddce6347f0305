using System.Threading.Channels;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>
/// Tails the alert log (woken by the log's "appended" signal, and every second regardless) and offers each new alert
/// to this node's subscribers whose scopes contain its place. Every web node does this on its own: the log is the
/// fan-out, so no node-to-node backplane is needed. Offering never blocks on a slow connection.
/// </summary>
public sealed class AlertFanout(IAlertLog log, CatalogCache catalogs, SubscriptionIndex index, ILogger<AlertFanout> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watch = log.Watch(() => _wake.Writer.TryWrite(true));
        var position = await Start(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                position = await Dispatch(position);
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                tick.CancelAfter(TimeSpan.FromSeconds(1));
                await _wake.Reader.ReadAsync(tick.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // the one-second tick: look anyway, in case a signal was lost
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Alert fan-out could not read the log; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>Live delivery starts at the log's end; anything older is a subscriber's replay.</summary>
    private async Task<long> Start(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                return await log.LastSeq();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Alert fan-out waiting for the log");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task<long> Dispatch(long position)
    {
        while (true)
        {
            var page = await log.Read(position, 1000);
            if (page.Count == 0)
            {
                return position;
            }
            var catalog = await catalogs.Get();
            foreach (var alert in page)
            {
                LiveAlert? live = null; // one serialization for every connection it goes to
                foreach (var subscriber in index.For(alert.LocationId, catalog))
                {
                    subscriber.Offer(live ??= new LiveAlert(alert));
                }
                position = alert.Seq;
            }
        }
    }
}
