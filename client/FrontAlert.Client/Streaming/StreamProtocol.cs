namespace FrontAlert.Client;

/// <summary>How the alert stream talks to the hub. Both carry the same alerts, field for field.</summary>
public enum StreamProtocol
{
    /// <summary>SignalR's JSON protocol: text frames, what browsers and most clients use.</summary>
    Json,

    /// <summary>SignalR's MessagePack protocol: binary frames, smaller and cheaper to parse on a busy stream.</summary>
    MessagePack,
}
