using System.Collections.Concurrent;

namespace FrontAlert.Web;

/// <summary>This node's live connections and their subscribers.</summary>
public sealed class Subscribers(SubscriberServices services)
{
    private readonly ConcurrentDictionary<string, Subscriber> _byConnection = new(StringComparer.Ordinal);

    public int Count => _byConnection.Count;

    public Subscriber For(Microsoft.AspNetCore.SignalR.HubCallerContext context) =>
        _byConnection.GetOrAdd(context.ConnectionId, id => new Subscriber(id, context, services));

    public async Task Drop(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var subscriber))
        {
            await subscriber.Stop();
        }
    }
}
