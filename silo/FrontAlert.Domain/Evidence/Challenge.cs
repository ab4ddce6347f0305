namespace FrontAlert.Domain;

/// <summary>
/// A claim against an assessed holder that could not confirm on its own (partisan or unverified sources, or one media
/// outlet): it stands beside <see cref="Control"/> instead of replacing it. <see cref="Confidence"/> is
/// <c>contested</c> when the holder's side or a source of trust ≥ media contradicts it within the window
/// (<see cref="DeniedBy"/>), else <c>claimed</c>.
/// </summary>
public sealed record Challenge(
    string ActorId,
    Side Side,
    ControlStatus Status,
    Confidence Confidence,
    DateTimeOffset Since,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> ReportIds,
    IReadOnlyList<string> DeniedBy);
