using FrontAlert.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontAlert.Grains;

/// <summary>
/// Wakes every Subscription grain when alerts are appended (the log's signal, coalesced) and sweeps them all every
/// <see cref="DeliveryOptions.SweepSeconds"/> regardless: a lost signal, a grain whose silo died, or a back-off that
/// ended on a collected activation are all picked up by the next sweep. A nudge costs a caught-up grain one check.
/// </summary>
public sealed class DeliveryNudger(IAlertLog log, ISubscriptionRegistry registry, IGrainFactory grains, IOptions<DeliveryOptions> options,
    ILogger<DeliveryNudger> logger) : BackgroundService
{
    /// <summary>At most this often on a busy log, so a storm of appends does not become a storm of nudges.</summary>
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(100);

    private readonly System.Threading.Channels.Channel<bool> _wake = System.Threading.Channels.Channel.CreateBounded<bool>(
        new System.Threading.Channels.BoundedChannelOptions(1) { FullMode = System.Threading.Channels.BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watch = log.OnAppended(() => _wake.Writer.TryWrite(true));
        var sweep = TimeSpan.FromSeconds(Math.Max(1, options.Value.SweepSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                tick.CancelAfter(sweep);
                await _wake.Reader.ReadAsync(tick.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // the sweep: nudge anyway
            }
            try
            {
                await NudgeAll();
                await Task.Delay(Coalesce, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not nudge Subscriptions; the next sweep tries again");
            }
        }
    }

    /// <summary>
    /// One grain reference per Subscription, made once: <c>GetGrain</c> resolves the interface's grain type through its
    /// attributes on every call, which at 10,000 Subscriptions was 10,000 reflection lookups per nudge (about 1% of
    /// the delivery scenario's CPU). Only this loop touches it; ids no longer registered are dropped each round.
    /// </summary>
    private Dictionary<string, ISubscriptionGrain> _refs = new(StringComparer.Ordinal);

    private async Task NudgeAll()
    {
        var lastSeq = await log.LastSeq();
        var ids = await registry.Ids();
        var refs = new Dictionary<string, ISubscriptionGrain>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var grain = _refs.TryGetValue(id, out var known) ? known : grains.GetGrain<ISubscriptionGrain>(id);
            refs[id] = grain;
            await grain.Nudge(lastSeq);
        }
        _refs = refs;
    }
}
