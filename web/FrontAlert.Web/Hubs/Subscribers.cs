using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>This node's live connections and their subscribers (one each, opened by <see cref="AlertConnections"/>).</summary>
public sealed class Subscribers(SubscriberServices services)
{
    private readonly ConcurrentDictionary<string, Subscriber> _byConnection = new(StringComparer.Ordinal);

    public int Count => _byConnection.Count;

    public IEnumerable<Subscriber> All => _byConnection.Values;

    public void Open(HubConnectionContext connection) => _byConnection[connection.ConnectionId] = new Subscriber(connection, services);

    /// <summary>SignalR runs the lifetime manager's OnConnectedAsync before any hub method of the connection.</summary>
    public Subscriber For(HubCallerContext context) =>
        _byConnection.TryGetValue(context.ConnectionId, out var subscriber)
            ? subscriber
            : throw new InvalidOperationException($"hub connection {context.ConnectionId} has no subscriber");

    public async Task Drop(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var subscriber))
        {
            await subscriber.Stop();
        }
    }
}
