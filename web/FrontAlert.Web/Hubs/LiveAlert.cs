using FrontAlert.Domain;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>
/// A new alert as the fan-out offers it to every matching connection: serialized once per protocol, on its first
/// write, and the same bytes written to every connection (not once per connection, as <c>Clients.Client</c> does).
/// </summary>
public sealed class LiveAlert(Alert alert)
{
    public Alert Alert => alert;
    public SerializedHubMessage Message { get; } = new(HubMessages.Alert(alert));
}
