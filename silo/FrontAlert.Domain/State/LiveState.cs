namespace FrontAlert.Domain;

/// <summary>
/// The public view of a location (docs/contract/reports-and-state.md): assessed control and the challenge beside it,
/// each source's claim, tolls per category, recent strikes.
/// </summary>
public sealed record LiveState(
    Location Location,
    Control? Control,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyDictionary<string, TollView> Tolls,
    IReadOnlyList<StrikeRecord> RecentStrikes,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>A claim against <see cref="Control"/> that could not confirm on its own; null when there is none.</summary>
    public Challenge? Challenge { get; init; }

    public static LiveState Of(Location location, LocationState state, Catalog catalog)
    {
        var assessed = state.Control.Assess(catalog);
        return new(
            location,
            assessed.Control is { } control ? control with { Precision = Finest(control, state.Control.Claims.Values) } : null,
            [.. state.Control.Claims.Values
                .OrderByDescending(c => c.ObservedAt)
                .Select(c => new ClaimView(c.SourceId, c.ActorId, catalog.Actors.GetValueOrDefault(c.ActorId)?.Side, c.Status, c.ObservedAt, c.ReportId)
                {
                    Precision = c.Precision,
                })],
            TollView.All(state, catalog),
            state.Strikes,
            state.UpdatedAt) { Challenge = assessed.Challenge };
    }

    /// <summary>
    /// How exactly the holder is known: the finest precision among the claims it rests on; null (exact) as soon as one
    /// of them is exact, or when it rests on none (the gazetteer).
    /// </summary>
    private static Precision? Finest(Control control, IEnumerable<Claim> claims)
    {
        var backing = claims.Where(c => control.ReportIds.Contains(c.ReportId)).ToList();
        return backing.Count == 0 || backing.Any(c => c.Precision is null)
            ? null
            : backing.Select(c => c.Precision!).MinBy(p => (p.Geo, p.Time));
    }
}
