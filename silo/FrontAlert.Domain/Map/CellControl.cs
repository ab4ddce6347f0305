namespace FrontAlert.Domain;

/// <summary>
/// What a territory-map cell shows of its Location's assessed control: the holder's side, actor and confidence, and
/// whether a claim challenges the holder. <see cref="Contested"/> says either the control itself is contested (strong
/// sources disagree) or the challenge is (the holder's side or a strong source denies it): the map hatches both.
/// </summary>
public sealed record CellControl(
    string LocationId,
    string Name,
    LocationKind Kind,
    Side? Side,
    string? ActorId,
    ControlStatus? Status,
    Confidence? Confidence,
    DateTimeOffset? Since,
    bool Challenged,
    Side? ChallengerSide,
    string? ChallengerActorId,
    Confidence? ChallengeConfidence,
    bool Contested)
{
    /// <summary>How exactly the holder is known (imports give province-level places); null when exact.</summary>
    public Precision? Precision { get; init; }

    public static CellControl Of(Location place, Control? control, Challenge? challenge) => new(
        place.Id,
        place.Name,
        place.Kind,
        control?.Side,
        control?.ActorId,
        control?.Status,
        control?.Confidence,
        control?.Since,
        challenge is not null,
        challenge?.Side,
        challenge?.ActorId,
        challenge?.Confidence,
        control?.Confidence == Domain.Confidence.Contested || challenge?.Confidence == Domain.Confidence.Contested)
    {
        Precision = control?.Precision,
    };

    /// <summary>
    /// Whether a Location gets a cell: a place with coordinates (city, town, village, site). Governorates, districts and
    /// the country are areas made of places, and often sit on their seat's coordinates.
    /// </summary>
    public static bool HasCell(Location location) =>
        location is { Lat: not null, Lon: not null, Kind: LocationKind.City or LocationKind.Town or LocationKind.Village or LocationKind.Site };
}
