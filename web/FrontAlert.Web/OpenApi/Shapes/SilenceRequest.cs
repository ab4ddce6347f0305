namespace FrontAlert.Web;

/// <summary>The body of <c>POST /silences</c>: a rule, a scope or both, until when, and why (read by CatalogReader).</summary>
public sealed record SilenceRequest(string? RuleId, string? ScopeId, DateTimeOffset Until, string? Reason);
