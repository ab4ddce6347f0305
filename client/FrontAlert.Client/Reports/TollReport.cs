namespace FrontAlert.Client;

/// <summary>
/// A source's cumulative figure for a scope since <see cref="Since"/>, as of <see cref="AsOf"/>. Figures of
/// different sources are alternative estimates; the server never adds them.
/// </summary>
public sealed record TollReport : Report
{
    public required TollCategory Category { get; init; }

    /// <summary>Whose dead; null for the all-party figure.</summary>
    public string? ActorId { get; init; }

    public required long Value { get; init; }
    public DateTimeOffset? Since { get; init; }
    public required DateTimeOffset AsOf { get; init; }
}
