namespace FrontAlert.Domain;

/// <summary>
/// The part of the country outline nearer to one Location than to any other: usually one piece; two or more where a
/// non-convex stretch of the outline cuts it apart. Each piece is a closed ring (first point repeated last),
/// counter-clockwise as GeoJSON wants exterior rings, without holes (the outline has none and the nearer region is
/// convex).
/// </summary>
public sealed record Cell(string LocationId, IReadOnlyList<IReadOnlyList<GeoPoint>> Pieces)
{
    public double Area => Pieces.Sum(Polygons.Area);

    public bool Contains(GeoPoint p) => Pieces.Any(piece => Polygons.Contains(piece, p));
}
