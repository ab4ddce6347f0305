using System.Globalization;

namespace FrontAlert.Domain;

/// <summary>
/// A toll-divergence rule: the highest and the lowest current figure of one category among sources of at least the rule's
/// trust are <c>ratio</c> or more apart (state TV's thousand against a monitor's 372). Fires once as the gap opens and
/// re-arms only once it has closed below the ratio.
/// </summary>
public static class Divergence
{
    public sealed record Figure(string SourceId, long Value, string ReportId);

    /// <summary>The highest and lowest figure when they are at least the ratio apart; null otherwise.</summary>
    public static (Figure High, Figure Low)? Gap(LocationState state, Rule rule, Catalog catalog)
    {
        var category = rule.Category ?? TollCategory.Killed;
        var minTrust = rule.MinTrust ?? Trust.Unverified;
        var figures = state.Tolls.SourcesFor(category)
            .Where(s => catalog.Sources.TryGetValue(s, out var source) && source.Trust >= minTrust)
            .Select(s => new Figure(s, state.Tolls.FigureOf(s, category, rule.ActorId) ?? 0, ReportOf(state, s, category, rule.ActorId)))
            .Where(f => f.Value > 0) // a zero is no estimate to compare with
            .OrderByDescending(f => f.Value).ThenBy(f => f.SourceId, StringComparer.Ordinal)
            .ToList();
        if (figures.Count < 2)
        {
            return null;
        }
        var (high, low) = (figures[0], figures[^1]);
        return high.Value >= (rule.Ratio ?? double.MaxValue) * low.Value ? (high, low) : null;
    }

    public static IReadOnlyList<Alert> Judge(LocationState state, RuleProgress watch, Catalog catalog, DateTimeOffset now)
    {
        var rule = watch.Rule;
        if (Gap(state, rule, catalog) is not { } gap)
        {
            watch.Fired = false; // closed below the ratio: the next gap fires again
            return [];
        }
        if (watch.Fired)
        {
            return [];
        }
        watch.Fired = true;
        watch.Firings++;
        return [Write(rule, gap.High, gap.Low, watch.Firings, catalog, now)];
    }

    private static Alert Write(Rule rule, Figure high, Figure low, int firing, Catalog catalog, DateTimeOffset now)
    {
        var place = catalog.NameOf(rule.ScopeId);
        var what = EnumNames.Name(rule.Category ?? TollCategory.Killed).Replace('_', ' ');
        var times = ((double)high.Value / low.Value).ToString("0.0", CultureInfo.InvariantCulture);
        string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        return new Alert
        {
            Id = $"{rule.Id}/diverged/{rule.Revision}/{firing}",
            RuleId = rule.Id,
            Kind = RuleKind.TollDivergence,
            Severity = rule.Severity,
            LocationId = rule.ScopeId,
            LocationName = place,
            ScopeId = rule.ScopeId,
            Title = $"{place}: {what} figures {times}× apart: {catalog.SourceName(high.SourceId)} {N(high.Value)}, {catalog.SourceName(low.SourceId)} {N(low.Value)}",
            Message = $"{catalog.SourceName(high.SourceId)} says {N(high.Value)} {what} in {place}; {catalog.SourceName(low.SourceId)} says {N(low.Value)}. "
                + $"The figures are at least {rule.Ratio?.ToString(CultureInfo.InvariantCulture)} times apart.",
            Category = rule.Category,
            Value = high.Value,
            SourceIds = [high.SourceId, low.SourceId],
            ReportIds = [.. new[] { high.ReportId, low.ReportId }.Where(r => r.Length > 0)],
            ObservedAt = now,
            RaisedAt = now,
        };
    }

    private static string ReportOf(LocationState state, string sourceId, TollCategory category, string? actorId) =>
        state.Tolls.Figures.GetValueOrDefault(TollFigure.KeyOf(sourceId, category, actorId))?.ReportId ?? "";
}
