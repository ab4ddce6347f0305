namespace FrontAlert.Domain;

/// <summary>
/// Runs rules against what just happened. A place judges its own rules and its ancestors' event rules the moment it
/// accepts a report (ADR 0010); a scope judges toll rules on its own figures, and event rules only for events the place
/// could not judge for it. Disabled or silenced rules raise nothing, yet toll watches still move on, so the muted moment
/// is never replayed later.
/// </summary>
public static class RuleEngine
{
    /// <summary>The rules of the scope <paramref name="state"/> belongs to.</summary>
    /// <param name="fired">Rules of this scope a place below judged and fired for, as a roll-up reports them.</param>
    public static List<Alert> Evaluate(LocationState state, IReadOnlyList<LocationEvent> events, Catalog catalog, DateTimeOffset now,
        IReadOnlyCollection<string>? fired = null)
    {
        fired ??= [];
        var alerts = new List<Alert>();
        var writer = new AlertWriter(catalog, now);
        foreach (var watch in state.Rules.Values)
        {
            var rule = watch.Rule;
            if (rule.Kind == RuleKind.TollThreshold)
            {
                foreach (var alert in Crossing(state, watch, catalog, writer, events).Where(a => Sounds(rule, a, catalog, now)))
                {
                    watch.LastFiredAt = now;
                    alerts.Add(TollCorrection.Remember(watch, alert));
                }
                if (TollCorrection.Check(watch, events, catalog, now) is { } correction)
                {
                    alerts.Add(correction);
                }
                continue;
            }
            if (rule.Kind == RuleKind.TollDivergence)
            {
                foreach (var alert in Divergence.Judge(state, watch, catalog, now).Where(a => Sounds(rule, a, catalog, now)))
                {
                    watch.LastFiredAt = now;
                    alerts.Add(alert);
                }
                continue;
            }
            if (fired.Contains(rule.Id) || events.Any(e => e.Fired.Contains(rule.Id)))
            {
                watch.LastFiredAt = now; // a place below judged it for this scope and it fired
            }
            var raised = Raise(rule, events.Where(e => Hears(rule, e)), writer, catalog, now).Select(r => r.Alert).ToList();
            if (raised.Count > 0)
            {
                watch.LastFiredAt = now;
                alerts.AddRange(raised);
            }
        }
        return alerts;
    }

    /// <summary>
    /// At the place where events happened: judges them by every ancestor's event rules (nearest scope first) and stamps
    /// each event with the rules judged and fired, so no ancestor judges it again.
    /// </summary>
    public static List<Alert> JudgeForAncestors(string locationId, List<LocationEvent> events, Catalog catalog, DateTimeOffset now)
    {
        var rules = catalog.Ancestors(locationId).SelectMany(a => catalog.EventRules.GetValueOrDefault(a) ?? [])
            .Where(r => r.LiveAt <= now).ToList();
        if (rules.Count == 0)
        {
            return [];
        }
        var writer = new AlertWriter(catalog, now);
        var raised = rules.SelectMany(rule => Raise(rule, events, writer, catalog, now)).ToList();
        string[] judged = [.. rules.Select(r => r.Id)];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            events[i] = e with { Judged = judged, Fired = [.. raised.Where(r => ReferenceEquals(r.Event, e)).Select(r => r.Alert.RuleId)] };
        }
        return [.. raised.Select(r => r.Alert)];
    }

    /// <summary>The figure a toll rule watches, read through its lens.</summary>
    public static long Figure(LocationState state, Rule rule, Catalog catalog) =>
        Effective.Of(rule.Category ?? TollCategory.Killed, state.Tolls, state.Subtree, rule.Lens, catalog);

    /// <summary>An event rule hears an event nobody judged for it yet, unless the rule went live after the event.</summary>
    public static bool Hears(Rule rule, LocationEvent e) =>
        !e.Judged.Contains(rule.Id) && (e.HeardAt is not { } heard || rule.LiveAt <= heard);

    private static IEnumerable<(LocationEvent Event, Alert Alert)> Raise(Rule rule, IEnumerable<LocationEvent> events, AlertWriter writer, Catalog catalog, DateTimeOffset now)
    {
        var raised = rule.Kind switch
        {
            RuleKind.ControlChange => events.OfType<ControlEvent>()
                .Where(e => e.Confidence >= rule.MinConfidence && rule.Hears(e.Precision))
                .Select(e => ((LocationEvent)e, writer.Control(rule, e))),
            RuleKind.Strike => events.OfType<StrikeEvent>()
                .Where(e => rule.Hears(e.Precision))
                .Where(e => e.Killed >= (rule.MinKilled ?? int.MaxValue) || e.CiviliansKilled >= (rule.MinCiviliansKilled ?? int.MaxValue))
                .Select(e => ((LocationEvent)e, writer.Strike(rule, e))),
            _ => [],
        };
        return raised.Where(r => Sounds(rule, r.Item2, catalog, now)).ToList();
    }

    private static bool Sounds(Rule rule, Alert alert, Catalog catalog, DateTimeOffset now) =>
        rule.Enabled && !catalog.Silences.Any(s => s.Mutes(rule.Id, alert.LocationId, now, catalog));

    private static IEnumerable<Alert> Crossing(LocationState state, RuleProgress watch, Catalog catalog, AlertWriter writer, IReadOnlyList<LocationEvent> events)
    {
        var rule = watch.Rule;
        var before = watch.LastValue;
        var after = Figure(state, rule, catalog);
        watch.LastValue = after;
        if (watch.Fired || before >= rule.Threshold || after < rule.Threshold)
        {
            return [];
        }
        watch.Fired = true; // once per revision, whether or not a silence swallows it
        var lens = rule.Lens;
        var figures = state.Tolls.Figures.Values
            .Where(f => f.Category == rule.Category
                // An all-party lens also reads per-party figures of a source that gave no all-party figure (they are summed).
                && (f.ActorId == lens.ActorId
                    || (lens.ActorId is null && !state.Tolls.Figures.ContainsKey(TollFigure.KeyOf(f.SourceId, f.Category, null))))
                && catalog.Sources.TryGetValue(f.SourceId, out var s) && s.Trust >= lens.TollTrust)
            .ToList();
        // Strikes heard in this very update can be what carried the figure over: name them too.
        var strikes = lens.ActorId is not null ? [] : events.OfType<StrikeEvent>()
            .Where(e => (catalog.Sources.GetValueOrDefault(e.SourceId)?.Trust ?? Trust.Unverified) >= lens.StrikeTrust)
            .ToList();
        var observedAt = events.Select(e => e.ObservedAt).Concat(figures.Select(f => f.AsOf)).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        return [writer.Toll(rule, after,
            [.. figures.Select(f => f.SourceId).Concat(strikes.Select(e => e.SourceId)).Distinct()],
            [.. figures.Select(f => f.ReportId).Concat(strikes.Select(e => e.ReportId)).Distinct()],
            observedAt)];
    }
}
