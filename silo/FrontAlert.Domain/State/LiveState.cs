namespace FrontAlert.Domain;

/// <summary>The public view of a location (docs/contract/reports-and-state.md): control, each source's claim, tolls per category, recent strikes.</summary>
public sealed record LiveState(
    Location Location,
    Control? Control,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyDictionary<string, TollView> Tolls,
    IReadOnlyList<StrikeRecord> RecentStrikes,
    DateTimeOffset? UpdatedAt)
{
    public static LiveState Of(Location location, LocationState state, Catalog catalog) => new(
        location,
        state.Control.Current,
        [.. state.Control.Claims.Values
            .OrderByDescending(c => c.ObservedAt)
            .Select(c => new ClaimView(c.SourceId, c.ActorId, catalog.Actors.GetValueOrDefault(c.ActorId)?.Side, c.Status, c.ObservedAt, c.ReportId))],
        TollView.All(state, catalog),
        state.Strikes,
        state.UpdatedAt);
}
