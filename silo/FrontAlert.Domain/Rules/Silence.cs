namespace FrontAlert.Domain;

/// <summary>Mutes a rule, a scope, or a rule within a scope until a time. What it mutes is not replayed later.</summary>
public sealed record Silence(string Id, string? RuleId, string? ScopeId, DateTimeOffset Until, string? Reason, DateTimeOffset CreatedAt)
{
    public bool Mutes(string ruleId, string locationId, DateTimeOffset now, Catalog catalog) =>
        now < Until
        && (RuleId is null || RuleId == ruleId)
        && (ScopeId is null || catalog.IsWithin(locationId, ScopeId));
}
