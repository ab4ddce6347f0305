namespace FrontAlert.Domain;

/// <summary>A claim with what the catalog says of its source and actor, looked up at the time of weighing.</summary>
public sealed record WeighedClaim(Claim Claim, Trust Trust, Side Side)
{
    public bool Strong => Trust >= Trust.Media;

    public static IReadOnlyList<WeighedClaim> From(IEnumerable<Claim> claims, Catalog catalog) =>
        [.. claims
            .Where(c => catalog.Sources.ContainsKey(c.SourceId) && catalog.Actors.ContainsKey(c.ActorId))
            .Select(c => new WeighedClaim(c, catalog.Sources[c.SourceId].Trust, catalog.Actors[c.ActorId].Side))];
}
