namespace FrontAlert.Web;

/// <summary><c>FrontAlert:Limits</c>: per client address; 0 switches a limit off (benchmarks on loopback).</summary>
public sealed class LimitOptions
{
    /// <summary>Ingest requests a second, with bursts of twice as many.</summary>
    public int IngestPerSecond { get; set; } = 200;

    /// <summary>New hub connections a minute.</summary>
    public int HubConnectsPerMinute { get; set; } = 600;

    /// <summary>Wrong API keys a minute; past it, every request with a key from that address gets 429 until the minute is over.</summary>
    public int FailedKeysPerMinute { get; set; } = 10;
    /// <summary>New Subscriptions a minute (how many one address may hold is <c>FrontAlert:Delivery:MaxPerAddress</c>).</summary>
    public int SubscriptionsPerMinute { get; set; } = 10;
}
