using System.Threading.Channels;
using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>Offers each changed place to this node's subscribers whose scopes contain it, for live maps.</summary>
public sealed class LocationFanout(ILocationUpdates feed, CatalogCache catalogs, SubscriptionIndex index) : BackgroundService
{
    private readonly Channel<LocationUpdate> _changed = Channel.CreateBounded<LocationUpdate>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watch = feed.OnUpdated(update => _changed.Writer.TryWrite(update));
        await foreach (var update in _changed.Reader.ReadAllAsync(stoppingToken))
        {
            var catalog = await catalogs.Get();
            LiveLocationUpdate? live = null; // one serialization for every connection it goes to
            foreach (var subscriber in index.For(update.LocationId, catalog))
            {
                subscriber.Offer(live ??= new LiveLocationUpdate(update));
            }
        }
    }
}
