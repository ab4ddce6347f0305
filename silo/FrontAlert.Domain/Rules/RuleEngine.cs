namespace FrontAlert.Domain;

/// <summary>
/// Runs the rules of one scope location against what just happened in its subtree. Disabled or silenced rules raise
/// nothing, yet toll watches still move on, so the muted moment is never replayed later.
/// </summary>
public static class RuleEngine
{
    public static List<Alert> Evaluate(LocationState state, IReadOnlyList<LocationEvent> events, Catalog catalog, DateTimeOffset now)
    {
        var alerts = new List<Alert>();
        var writer = new AlertWriter(catalog, now);
        foreach (var watch in state.Rules.Values)
        {
            var rule = watch.Rule;
            var raised = rule.Kind switch
            {
                RuleKind.ControlChange => events.OfType<ControlEvent>()
                    .Where(e => e.Confidence >= rule.MinConfidence)
                    .Select(e => writer.Control(rule, e)),
                RuleKind.Strike => events.OfType<StrikeEvent>()
                    .Where(e => e.Killed >= (rule.MinKilled ?? int.MaxValue) || e.CiviliansKilled >= (rule.MinCiviliansKilled ?? int.MaxValue))
                    .Select(e => writer.Strike(rule, e)),
                _ => Crossing(state, watch, catalog, writer, events),
            };
            foreach (var alert in raised.ToList())
            {
                if (rule.Enabled && !catalog.Silences.Any(s => s.Mutes(rule.Id, alert.LocationId, now, catalog)))
                {
                    watch.LastFiredAt = now;
                    alerts.Add(alert);
                }
            }
        }
        return alerts;
    }

    /// <summary>The figure a toll rule watches, read through its lens.</summary>
    public static long Figure(LocationState state, Rule rule, Catalog catalog) =>
        Effective.Of(rule.Category ?? TollCategory.Killed, state.Tolls, state.Subtree, rule.Lens, catalog);

    private static IEnumerable<Alert> Crossing(LocationState state, RuleWatch watch, Catalog catalog, AlertWriter writer, IReadOnlyList<LocationEvent> events)
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
