namespace FrontAlert.Domain;

/// <summary>
/// Applies the rules of evidence to one location's state. Pure and synchronous: the grain loads, calls this,
/// persists and publishes. Every method leaves new alerts in the outbox and, for the parent, the events a rule above
/// may still need in the unsent list.
/// </summary>
/// <param name="catalogAsOf">When <paramref name="catalog"/> was last known complete (the catalog's own clock): every
/// rule missing from it was created later. Null when unknown: then every event is forwarded, as before ADR 0027.</param>
public sealed partial class LocationEngine(LocationState state, Catalog catalog, DateTimeOffset now, DateTimeOffset? catalogAsOf = null)
{
    public const int MaxUnsent = 10_000;

    /// <summary>
    /// Applies reports in order. <paramref name="known"/> holds ids the report store already has (older than the
    /// duplicate window). Duplicates change nothing and raise nothing, whatever their content.
    /// </summary>
    public IReadOnlyList<IngestStatus> Ingest(IReadOnlyList<Report> reports, IReadOnlySet<string> known)
    {
        var statuses = new IngestStatus[reports.Count];
        var events = new List<LocationEvent>();
        var accepted = 0;
        // Accepted but not yet filed: a big batch can push them out of the window before the store knows them.
        var unfiled = state.UnfiledReports.Select(e => e.Report.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            if (state.Seen.Contains(report.Id) || known.Contains(report.Id) || unfiled.Contains(report.Id) || RepeatsRetraction(report))
            {
                statuses[i] = IngestStatus.Duplicate;
                continue;
            }
            state.Seen.Add(report.Id);
            statuses[i] = IngestStatus.Accepted;
            accepted++;
            state.UnfiledReports.Add(new TimelineEntry(report, Apply(report, events)));
        }
        if (accepted > 0)
        {
            state.UpdatedAt = now;
            Changed(events, here: true);
        }
        return statuses;
    }

    /// <summary>Takes a child's absolute subtree totals and its events, unless this version was already applied.</summary>
    public bool Receive(RollUp update)
    {
        if (state.Children.TryGetValue(update.ChildId, out var known) && known.Version >= update.Version)
        {
            return false;
        }
        state.Children[update.ChildId] = new ChildIncidents(update.Version, update.Incidents);
        Changed(update.Events, here: false, update.Fired);
        return true;
    }

    /// <summary>
    /// A child moved out of this subtree at <paramref name="version"/>: its totals leave with it. The child stays known
    /// with zero totals at that version, so a roll-up it sent before the move and that arrives late changes nothing.
    /// </summary>
    public void Forget(string childId, long version)
    {
        var known = state.Children.GetValueOrDefault(childId)?.Version ?? 0;
        state.Children[childId] = new ChildIncidents(Math.Max(known, version), Incidents.None);
        Changed([], here: false);
    }

    /// <summary>
    /// Adds or changes a rule at this scope. A new rule, or one whose toll terms changed, starts from today's figure:
    /// it never fires for the past.
    /// </summary>
    public void Put(Rule rule)
    {
        var figure = rule.Kind == RuleKind.TollThreshold ? RuleEngine.Figure(state, rule, catalog) : 0;
        if (state.Rules.TryGetValue(rule.Id, out var watch) && !watch.Rule.WatchesDifferently(rule))
        {
            watch.Rule = rule;
            return;
        }
        state.Rules[rule.Id] = new RuleProgress
        {
            Rule = rule, LastValue = figure, LastFiredAt = watch?.LastFiredAt,
            // A gap already open when the rule is made is the past: it fires when a gap opens after closing.
            Fired = rule.Kind == RuleKind.TollDivergence && Divergence.Gap(state, rule, catalog) is not null,
        };
    }

    public bool Remove(string ruleId) => state.Rules.Remove(ruleId);

    /// <summary>Seeds the first known holder of the place from the gazetteer; it is not a change.</summary>
    public void Seed(Control control)
    {
        state.Seeded ??= control; // what a retraction's recount starts from
        state.Control.Seed(control);
    }

    private string? Apply(Report report, List<LocationEvent> events)
    {
        switch (report)
        {
            case ControlReport control:
                if (!state.Control.IsCurrent(control))
                {
                    return "older than the current control state; kept for the record";
                }
                if (state.Control.Apply(control, catalog) is { } change)
                {
                    events.Add(change with { Precision = control.Precision });
                }
                return null;
            case StrikeReport strike:
                var trust = catalog.Sources.GetValueOrDefault(strike.SourceId)?.Trust ?? Trust.Unverified;
                state.Own = state.Own.Add(trust, Casualties.Of(strike));
                state.Strikes.Insert(0, new StrikeRecord(strike.Id, strike.SourceId, strike.PerpetratorId, strike.Kind,
                    strike.Killed, strike.CiviliansKilled, strike.Wounded, strike.ObservedAt) { Precision = strike.Precision });
                state.Strikes.Sort((a, b) => b.ObservedAt.CompareTo(a.ObservedAt));
                if (state.Strikes.Count > LocationState.RecentStrikes)
                {
                    state.Strikes.RemoveRange(LocationState.RecentStrikes, state.Strikes.Count - LocationState.RecentStrikes);
                }
                events.Add(new StrikeEvent($"{strike.LocationId}/{strike.Id}", strike.LocationId, strike.ObservedAt, strike.Id,
                    strike.SourceId, strike.PerpetratorId, strike.Kind, strike.Killed, strike.CiviliansKilled, strike.Wounded) { Precision = strike.Precision });
                return null;
            case TollReport toll:
                return state.Tolls.Apply(toll) ? null : "older than this source's latest figure; kept for the record";
            case RetractionReport retraction:
                return Retract(retraction, events);
            default:
                return null;
        }
    }

    /// <param name="here">The events happened at this place (else a child forwarded them): they are stamped with when
    /// they were heard and judged for every ancestor scope at once, so an alert waits for one write, not four.</param>
    private void Changed(IReadOnlyList<LocationEvent> events, bool here, IReadOnlyList<string>? fired = null)
    {
        state.Version++;
        // A child repeats events its parent has not acknowledged; keep each once so they are judged and forwarded once.
        var unsent = state.UnsentEvents.Select(e => e.EventId).ToHashSet(StringComparer.Ordinal);
        var fresh = events.Where(e => unsent.Add(e.EventId)).Select(e => here ? e with { HeardAt = now } : e).ToList();
        var raised = RuleEngine.Evaluate(state, fresh, catalog, now, fired);
        if (here)
        {
            raised.AddRange(RuleEngine.JudgeForAncestors(state.LocationId, fresh, catalog, now));
            Flapping.Judge(state, fresh, raised, catalog, now);
        }
        if (catalog.Locations.GetValueOrDefault(state.LocationId)?.ParentId is not null)
        {
            // Only what a rule above may still use goes up: every ancestor used to store and rewrite all of its
            // subtree's events on every roll-up (ADR 0027).
            var above = new Forwarding(state.LocationId, catalog, catalogAsOf);
            state.UnsentEvents.AddRange(fresh.Where(above.Needs));
            foreach (var ruleId in fresh.SelectMany(e => e.Fired).Concat(fired ?? []).Where(above.Tells))
            {
                if (!state.UnsentFired.Contains(ruleId))
                {
                    state.UnsentFired.Add(ruleId);
                }
            }
        }
        // else: a root has no one to tell; keeping its tree's events would grow every write of the busiest grain.
        if (state.UnsentEvents.Count > MaxUnsent)
        {
            state.UnsentEvents.RemoveRange(0, state.UnsentEvents.Count - MaxUnsent);
        }
        var waiting = state.UnloggedAlerts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        state.UnloggedAlerts.AddRange(raised.Where(a => waiting.Add(a.Id)));
    }
}
