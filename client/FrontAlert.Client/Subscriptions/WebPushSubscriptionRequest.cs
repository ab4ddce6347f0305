namespace FrontAlert.Client;

/// <summary>
/// Asks for alerts pushed to a Web Push endpoint. Anyone may create one (rate limited per address). An app that
/// receives pushes itself (a UnifiedPush distributor's endpoint on Android, a desktop agent) registers its own endpoint
/// and keys here; see <see cref="WebPushReceiverKeys"/>. Unset filters are the server's defaults (everything).
/// </summary>
public sealed record WebPushSubscriptionRequest
{
    public SubscriptionChannel Channel => SubscriptionChannel.WebPush;
    public required Uri Endpoint { get; init; }
    public required PushKeys Keys { get; init; }

    /// <summary>Areas (Location ids); an alert anywhere inside one matches. Empty means everywhere.</summary>
    public IReadOnlyList<string> ScopeIds { get; init; } = [];
    public Severity? MinSeverity { get; init; }

    /// <summary>Alert kinds as the API spells them (<c>control-change</c>, <c>strike</c>, <c>correction</c>…); empty means all.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }
    public Confidence? MinConfidence { get; init; }
    public int? GroupWaitSeconds { get; init; }
    public int? GroupIntervalSeconds { get; init; }
}
