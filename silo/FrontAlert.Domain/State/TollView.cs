namespace FrontAlert.Domain;

/// <summary>One toll category of a place: the strike sum of its subtree, each source's figure, and the effective one.</summary>
public sealed record TollView(long Incidents, IReadOnlyDictionary<string, long> BySource, long Effective)
{
    /// <summary>Every category, keyed by its contract name; the subtree is summed once, not per category.</summary>
    public static IReadOnlyDictionary<string, TollView> All(LocationState state, Catalog catalog)
    {
        var subtree = state.Subtree;
        return Enum.GetValues<TollCategory>().ToDictionary(EnumNames.Name, c => Of(c, state, subtree, catalog));
    }

    private static TollView Of(TollCategory category, LocationState state, Incidents subtree, Catalog catalog)
    {
        var bySource = state.Tolls.SourcesFor(category)
            .Order(StringComparer.Ordinal)
            .ToDictionary(s => s, s => state.Tolls.FigureOf(s, category, null) ?? 0);
        return new TollView(subtree.From(Trust.Unverified).Of(category), bySource,
            Domain.Effective.Of(category, state.Tolls, subtree, TollLens.Default, catalog));
    }
}
