namespace FrontAlert.Client;

/// <summary>
/// The live picture of a location (docs/contract/reports-and-state.md). <see cref="Control"/> is null while nobody is known to hold it.
/// <see cref="Tolls"/> is keyed by the category's wire name (<c>killed</c>, <c>civilians_killed</c>, …) as the server
/// sends it, so a category added later still reads.
/// </summary>
public sealed record LiveState(
    Location Location,
    Control? Control,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyDictionary<string, TollView> Tolls,
    IReadOnlyList<StrikeRecord> RecentStrikes,
    DateTimeOffset? UpdatedAt);
