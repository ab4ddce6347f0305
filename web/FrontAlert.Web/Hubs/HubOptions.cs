namespace FrontAlert.Web;

/// <summary><c>FrontAlert:Hub</c>.</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>
    /// At most this many alerts are replayed per Subscribe: a cursor further back starts this many alerts before the
    /// log's end and is told so (<c>reset</c>, reason <c>truncated</c>); the rest is in <c>GET /alerts</c>.
    /// </summary>
    public int MaxReplay { get; set; } = 10_000;

    /// <summary>A replay costs one more hub call from the connection's budget per this many alerts it covers.</summary>
    public int ReplayPerCall { get; set; } = 1_000;
}
