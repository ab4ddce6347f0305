namespace FrontAlert.Domain;

/// <summary>The effective figure of a place: the highest trusted source figure, or the sum of trusted strikes if higher.</summary>
public static class Effective
{
    public static long Of(TollCategory category, TollBook tolls, Incidents subtree, TollLens lens, Catalog catalog)
    {
        var best = tolls.SourcesFor(category)
            .Where(s => catalog.Sources.TryGetValue(s, out var source) && source.Trust >= lens.TollTrust)
            .Select(s => tolls.FigureOf(s, category, lens.ActorId) ?? 0)
            .DefaultIfEmpty(0)
            .Max();
        // Strikes do not say whose dead they were, so a lens on one party counts source figures only.
        var incidents = lens.ActorId is null ? subtree.From(lens.StrikeTrust).Of(category) : 0;
        return Math.Max(best, incidents);
    }
}
