using System.Collections.Frozen;

namespace FrontAlert.Domain;

/// <summary>
/// An immutable snapshot of the gazetteer, actors, sources and silences, versioned so caches can tell when to refresh.
/// Everything the rules of evidence need to know about names lives here.
/// </summary>
public sealed class Catalog
{
    public static readonly Catalog Empty = new(0, [], [], [], []);

    public Catalog(
        long version,
        IEnumerable<Location> locations,
        IEnumerable<Actor> actors,
        IEnumerable<Source> sources,
        IEnumerable<Silence> silences,
        IEnumerable<InitialControl>? holdings = null,
        IEnumerable<Rule>? rules = null)
    {
        // Only rules that judge single events are indexed: a place judges them for its ancestors (ADR 0010).
        EventRules = (rules ?? [])
            .Where(r => r.Kind is RuleKind.Strike or RuleKind.ControlChange)
            .GroupBy(r => r.ScopeId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Rules = (rules ?? []).ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        InitialControls = (holdings ?? []).ToFrozenDictionary(h => h.LocationId, StringComparer.Ordinal);
        Version = version;
        Locations = locations.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        Actors = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        Sources = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        Silences = [.. silences];
    }

    public long Version { get; }
    public FrozenDictionary<string, Location> Locations { get; }
    public FrozenDictionary<string, Actor> Actors { get; }
    public FrozenDictionary<string, Source> Sources { get; }
    public IReadOnlyList<Silence> Silences { get; }

    /// <summary>Who held each place when the gazetteer was written: the first known control, not a change.</summary>
    public FrozenDictionary<string, InitialControl> InitialControls { get; }

    /// <summary>Every rule by id: inhibitions and flapping settings are read where alerts are raised.</summary>
    public FrozenDictionary<string, Rule> Rules { get; }

    /// <summary>Strike and control-change rules by scope, in the order they were stored.</summary>
    public FrozenDictionary<string, Rule[]> EventRules { get; }

    /// <summary>The chain from the location's parent up to the root, nearest first. Stops on a cycle.</summary>
    public IReadOnlyList<string> Ancestors(string locationId)
    {
        var chain = new List<string>();
        var current = Locations.GetValueOrDefault(locationId)?.ParentId;
        while (current is not null && !chain.Contains(current) && current != locationId)
        {
            chain.Add(current);
            current = Locations.GetValueOrDefault(current)?.ParentId;
        }
        return chain;
    }

    /// <summary>True when <paramref name="locationId"/> is <paramref name="scopeId"/> or lies in its subtree.</summary>
    public bool IsWithin(string locationId, string scopeId) =>
        locationId == scopeId || Ancestors(locationId).Contains(scopeId);

    public string NameOf(string locationId) => Locations.GetValueOrDefault(locationId)?.Name ?? locationId;

    public string ActorName(string? actorId) =>
        actorId is null ? "unknown forces" : Actors.GetValueOrDefault(actorId)?.Name ?? actorId;

    public string SourceName(string sourceId) => Sources.GetValueOrDefault(sourceId)?.Name ?? sourceId;
}
