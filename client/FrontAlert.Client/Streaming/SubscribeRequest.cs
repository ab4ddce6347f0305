using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>The argument of the hub's <c>Subscribe</c> (docs/contract/hub.md): empty scopes mean everything.</summary>
internal sealed record SubscribeRequest(
    IReadOnlyList<string> ScopeIds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Severity? MinSeverity,
    long AfterSeq,
    string? Epoch = null);
