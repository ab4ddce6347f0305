namespace FrontAlert.Domain;

/// <summary>
/// The toll figures each source gave for one place. A source's newer figure replaces its older one; figures of
/// different sources are alternative estimates, compared and never added.
/// </summary>
public sealed class TollBook
{
    public Dictionary<string, TollFigure> Figures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Takes the figure unless the source already gave a later one for the same thing.</summary>
    public bool Apply(TollReport report)
    {
        var key = TollFigure.KeyOf(report.SourceId, report.Category, report.ActorId);
        if (Figures.TryGetValue(key, out var known) && known.AsOf > report.AsOf)
        {
            return false;
        }
        Figures[key] = new TollFigure(report.SourceId, report.Category, report.ActorId, report.Value, report.Since, report.AsOf, report.Id);
        return true;
    }

    /// <summary>
    /// A source's figure: for one party when <paramref name="actorId"/> is given, otherwise its all-party figure,
    /// which is the one it gave without a party, or else the sum of its per-party figures.
    /// </summary>
    public long? FigureOf(string sourceId, TollCategory category, string? actorId)
    {
        if (actorId is not null)
        {
            return Figures.GetValueOrDefault(TollFigure.KeyOf(sourceId, category, actorId))?.Value;
        }
        if (Figures.TryGetValue(TollFigure.KeyOf(sourceId, category, null), out var all))
        {
            return all.Value;
        }
        var parts = Figures.Values.Where(f => f.SourceId == sourceId && f.Category == category && f.ActorId is not null).ToList();
        // Saturating, not checked: one party's absurd figure must not make the whole place unreadable.
        return parts.Count == 0 ? null : parts.Aggregate(0L, (sum, f) => Counts.Add(sum, f.Value));
    }

    public IEnumerable<string> SourcesFor(TollCategory category) =>
        Figures.Values.Where(f => f.Category == category).Select(f => f.SourceId).Distinct();
}
