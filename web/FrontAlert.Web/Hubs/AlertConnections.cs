using FrontAlert.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>
/// SignalR's own lifetime manager, plus a <see cref="Subscriber"/> opened for each connection and dropped when it
/// ends. The subscriber writes to the <see cref="HubConnectionContext"/> itself, which <c>IHubContext</c> does not
/// expose: that is what lets it write an alert's one shared serialization instead of serializing it again.
/// </summary>
public sealed class AlertConnections(Subscribers subscribers, ILogger<DefaultHubLifetimeManager<AlertHub>> logger)
    : DefaultHubLifetimeManager<AlertHub>(logger)
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await base.OnConnectedAsync(connection);
        subscribers.Open(connection);
        FrontAlertTelemetry.HubConnections.Add(1);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        FrontAlertTelemetry.HubConnections.Add(-1);
        await subscribers.Drop(connection.ConnectionId);
        await base.OnDisconnectedAsync(connection);
    }
}
