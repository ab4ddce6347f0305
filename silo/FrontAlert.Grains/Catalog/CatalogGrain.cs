using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.Extensions.Logging;

namespace FrontAlert.Grains;

/// <summary>The single catalog activation. Every change bumps the version that caches poll.</summary>
public sealed class CatalogGrain(
    [PersistentState("catalog", FrontAlertStorage.Name)] IPersistentState<CatalogState> store,
    CatalogCache cache,
    TimeProvider clock,
    ILogger<CatalogGrain> logger) : Grain, ICatalogGrain
{
    private CatalogState State => store.State;

    /// <summary>When the rule being stored right now was stamped: caches must not take a snapshot for complete past it.</summary>
    private DateTimeOffset? _stamping;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!State.Seeded)
        {
            var gazetteer = SeedCatalog.BuiltIn();
            State.Locations = gazetteer.Locations;
            State.Actors = gazetteer.Actors;
            State.Sources = gazetteer.Sources;
            State.InitialControls = [.. gazetteer.InitialControls];
            State.Seeded = true;
            await Save();
            logger.LogInformation("Catalog seeded with the built-in gazetteer: {Locations} locations, {Actors} actors, {Sources} sources",
                State.Locations.Count, State.Actors.Count, State.Sources.Count);
        }
    }

    public Task<long> Version() => Task.FromResult(State.Version);

    public Task<CatalogData> Snapshot() => Task.FromResult(State.ToData());

    // Interleaves with a PutRule waiting on its writes: that rule is not in a snapshot yet, but was stamped at _stamping.
    public Task<CatalogMark> Mark() => Task.FromResult(new CatalogMark(State.Version, _stamping ?? clock.GetUtcNow()));

    public Task<Rule[]> Rules() => Task.FromResult(State.Rules.ToArray());

    public async Task<FieldError[]> PutLocation(Location location)
    {
        // Checked here, on the authoritative list, not only by the web node on its cached catalog: two concurrent moves
        // that each look fine on a stale copy (a under b, b under a) must not both go in. Calls here run one at a time.
        if (ParentProblem(location) is { } problem)
        {
            return [problem];
        }
        var before = State.Locations.Find(l => l.Id == location.Id)?.ParentId;
        await Upsert(State.Locations, location, l => l.Id);
        if (before is not null && before != location.ParentId)
        {
            // A move: the old ancestors drop the place's figures, the new ones receive them, each exactly once.
            await GrainFactory.GetGrain<ILocationGrain>(location.Id).Moved(before, location.ParentId);
            logger.LogInformation("Location {LocationId} moved from {From} to {To}", location.Id, before, location.ParentId);
        }
        return [];
    }

    private FieldError? ParentProblem(Location location)
    {
        if (location.ParentId is not { } parentId)
        {
            return null;
        }
        var parents = State.Locations.ToDictionary(l => l.Id, l => l.ParentId, StringComparer.Ordinal);
        if (!parents.ContainsKey(parentId))
        {
            return new("parentId", $"unknown location '{parentId}'");
        }
        // Walk up from the new parent; meeting the location itself means the move would close a cycle.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? at = parentId; at is not null && seen.Add(at); at = parents.GetValueOrDefault(at))
        {
            if (at == location.Id)
            {
                return new("parentId", "would put the location inside its own subtree");
            }
        }
        return null;
    }

    public Task PutActor(Actor actor) => Upsert(State.Actors, actor, a => a.Id);

    public Task PutSource(Source source) => Upsert(State.Sources, source, s => s.Id);

    public async Task<Silence> PutSilence(Silence silence)
    {
        // expired silences mute nothing: they go with the next change instead of piling up in the catalog
        var now = clock.GetUtcNow();
        State.Silences.RemoveAll(s => s.Until <= now && s.Id != silence.Id);
        await Upsert(State.Silences, silence, s => s.Id);
        return silence;
    }

    public async Task<int> RemoveExpiredSilences()
    {
        var now = clock.GetUtcNow();
        var removed = State.Silences.RemoveAll(s => s.Until <= now);
        if (removed > 0)
        {
            await Save();
        }
        return removed;
    }

    public async Task<bool> RemoveSilence(string id)
    {
        var removed = State.Silences.RemoveAll(s => s.Id == id) > 0;
        if (removed)
        {
            await Save();
        }
        return removed;
    }

    public async Task<Rule> PutRule(Rule rule)
    {
        var now = clock.GetUtcNow();
        _stamping = now;
        try
        {
            var stored = await StoreRule(rule, now);
            _stamping = null;
            // Every node's catalog has the rule by the time it is live: from then on every accepted report is judged by it.
            if (stored.Revision == 1 && stored.LiveAt - clock.GetUtcNow() is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, clock);
            }
            return stored;
        }
        finally
        {
            _stamping = null;
        }
    }

    private async Task<Rule> StoreRule(Rule rule, DateTimeOffset now)
    {
        var known = State.Rules.Find(r => r.Id == rule.Id);
        // A rule created again under a deleted rule's id is a new incarnation: its alert ids never collide with the old one's.
        // (A rule stored before incarnations existed is the first one.)
        var incarnation = known is not null ? Math.Max(1, known.Incarnation) : State.Incarnations.GetValueOrDefault(rule.Id) + 1;
        State.Incarnations[rule.Id] = Math.Max(incarnation, State.Incarnations.GetValueOrDefault(rule.Id));
        var stored = rule with
        {
            CreatedAt = known?.CreatedAt ?? now, UpdatedAt = now, Revision = (known?.Revision ?? 0) + 1, Incarnation = incarnation,
        };
        if (known is not null && known.ScopeId != stored.ScopeId)
        {
            await GrainFactory.GetGrain<ILocationGrain>(known.ScopeId).RemoveRule(known.Id);
        }
        // The scope location evaluates the rule; it learns of it before the index says it exists.
        await GrainFactory.GetGrain<ILocationGrain>(stored.ScopeId).PutRule(stored);
        State.Rules.RemoveAll(r => r.Id == rule.Id);
        State.Rules.Add(stored);
        await Save();
        logger.LogInformation("Rule {RuleId} ({Kind}) stored for scope {ScopeId}, revision {Revision}", stored.Id, stored.Kind, stored.ScopeId, stored.Revision);
        return stored;
    }

    public async Task<bool> RemoveRule(string id)
    {
        var known = State.Rules.Find(r => r.Id == id);
        if (known is null)
        {
            return false;
        }
        await GrainFactory.GetGrain<ILocationGrain>(known.ScopeId).RemoveRule(id);
        State.Rules.Remove(known);
        await Save();
        return true;
    }

    private Task Upsert<T>(List<T> items, T item, Func<T, string> id)
    {
        var index = items.FindIndex(i => id(i) == id(item));
        if (index >= 0)
        {
            items[index] = item;
        }
        else
        {
            items.Add(item);
        }
        return Save();
    }

    private async Task Save()
    {
        State.Version++;
        await store.WriteStateAsync();
        cache.Invalidate();
    }
}
