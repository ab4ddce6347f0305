using FrontAlert.Domain;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>A place's new state as the fan-out offers it to every matching connection, serialized once per protocol.</summary>
public sealed class LiveLocationUpdate(LocationUpdate update)
{
    public string LocationId => update.LocationId;
    public SerializedHubMessage Message { get; } = new(HubMessages.LocationUpdated(update));
}
