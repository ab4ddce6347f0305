namespace FrontAlert.Domain;

/// <summary>
/// Which events a place sends on to its parent (ADR 0027). The place judges its ancestors' event rules itself (ADR
/// 0010), so an event goes up only when a rule above may still use it: a toll-threshold rule above, for strikes (a
/// crossing names the strikes that carried it) and retractions (one corrects it), or an event rule above that nobody
/// judged the event for.
/// The place's catalog may lack a rule created a moment ago; a rule goes live <see cref="Rule.LiveDelay"/> after its
/// creation, so while the catalog is known complete to within less than that, a rule it lacks cannot hear the event.
/// Otherwise (catalog age unknown or too old, an event without a time) everything goes up, as before.
/// </summary>
public sealed class Forwarding
{
    /// <summary>Clock difference allowed between the catalog's silo and this one.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromMilliseconds(500);

    private readonly Catalog _catalog;
    private readonly DateTimeOffset? _asOf;
    private readonly HashSet<string> _scopes;
    private readonly bool _tollRuleAbove;
    private readonly List<Rule> _eventRules;

    public Forwarding(string locationId, Catalog catalog, DateTimeOffset? catalogAsOf)
    {
        (_catalog, _asOf) = (catalog, catalogAsOf);
        _scopes = [.. catalog.Ancestors(locationId)];
        _tollRuleAbove = catalog.Rules.Values.Any(r => r.Kind == RuleKind.TollThreshold && _scopes.Contains(r.ScopeId));
        _eventRules = [.. _scopes.SelectMany(s => catalog.EventRules.GetValueOrDefault(s) ?? [])];
    }

    public bool Needs(LocationEvent e) =>
        _asOf is not { } asOf || e.HeardAt is not { } heard
        || (_tollRuleAbove && e is StrikeEvent or RetractionEvent)
        || heard - asOf >= Rule.LiveDelay - Skew
        || _eventRules.Any(r => RuleEngine.Hears(r, e));

    /// <summary>A fired rule the parent's side should hear of: one scoped above this place, or one this catalog does not know.</summary>
    public bool Tells(string ruleId) =>
        _catalog.Rules.GetValueOrDefault(ruleId) is not { } rule || _scopes.Contains(rule.ScopeId);
}
