namespace FrontAlert.Web;

/// <summary>
/// <c>Subscribe({scopeIds, minSeverity, afterSeq, epoch})</c>: empty scopes mean everything; <c>epoch</c> is the log
/// epoch <c>afterSeq</c> was read in (from an alert or a <c>reset</c>), so the hub can tell whether it still holds.
/// </summary>
public sealed record SubscribeRequest(string[]? ScopeIds, string? MinSeverity, long? AfterSeq, string? Epoch = null);

/// <summary><c>Unsubscribe({scopeIds})</c>: empty scopes mean all of them.</summary>
public sealed record UnsubscribeRequest(string[]? ScopeIds);
