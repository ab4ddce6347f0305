namespace FrontAlert.Web;

/// <summary><c>Subscribe({scopeIds, minSeverity, afterSeq})</c>: empty scopes mean everything.</summary>
public sealed record SubscribeRequest(string[]? ScopeIds, string? MinSeverity, long? AfterSeq);

/// <summary><c>Unsubscribe({scopeIds})</c>: empty scopes mean all of them.</summary>
public sealed record UnsubscribeRequest(string[]? ScopeIds);
