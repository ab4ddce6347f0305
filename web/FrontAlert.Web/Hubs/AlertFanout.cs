using System.Threading.Channels;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>
/// Tails the alert log (woken by the log's "appended" signal, and every second regardless) and offers each new alert
/// to this node's subscribers whose scopes contain its place. Every web node does this on its own: the log is the
/// fan-out, so no node-to-node backplane is needed. Offering never blocks on a slow connection.
/// The start position is held before the hub serves a Subscribe (<see cref="Started"/>): a replay that ended before
/// the fan-out knew where to start would miss whatever was appended in between. Each round also looks at the log's
/// epoch: when a new one forks below what was offered (Redis lost data), every connection is told (<c>reset</c>) and
/// the fan-out goes on from the fork, so the alerts that now take those seqs are delivered, not skipped as repeats.
/// </summary>
public sealed class AlertFanout(IAlertLog log, CatalogCache catalogs, SubscriptionIndex index, Subscribers subscribers, ILogger<AlertFanout> logger)
    : BackgroundService
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(10);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _epoch;

    public bool IsStarted => _started.Task.IsCompleted;

    /// <summary>Completes once live delivery holds its start position; a hub error if the log cannot be read yet.</summary>
    public async Task Started()
    {
        try
        {
            await _started.Task.WaitAsync(StartWait);
        }
        catch (TimeoutException)
        {
            throw new Microsoft.AspNetCore.SignalR.HubException("the alert log cannot be read yet; try again in a moment");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watch = log.OnAppended(() => _wake.Writer.TryWrite(true));
        var position = await Start(stoppingToken);
        _started.TrySetResult();
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
                var epoch = await log.Epoch();
                _epoch = epoch.Id;
                return epoch.LastSeq;
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
        var epoch = await log.Epoch();
        if (epoch.Id != _epoch)
        {
            var fork = epoch.Vouch(_epoch, position).From;
            if (fork < position)
            {
                logger.LogWarning("The alert log started epoch {Epoch} at seq {Fork}, below seq {Position} already offered: telling every connection",
                    epoch.Id, fork, position);
                foreach (var subscriber in subscribers.All)
                {
                    subscriber.Reset(epoch.Id, fork);
                }
                position = fork;
            }
            _epoch = epoch.Id;
        }
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
