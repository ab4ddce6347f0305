namespace FrontAlert.Client;

/// <summary>
/// A claim against the assessed holder that could not confirm on its own: it stands beside <see cref="LiveState.Control"/>
/// and does not replace it. <see cref="Confidence"/> is contested when the holder's side or a strong source denies it
/// (<see cref="DeniedBy"/>).
/// </summary>
public sealed record Challenge(
    string ActorId,
    Side Side,
    ControlStatus Status,
    Confidence Confidence,
    DateTimeOffset Since,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> ReportIds,
    IReadOnlyList<string>? DeniedBy = null);
