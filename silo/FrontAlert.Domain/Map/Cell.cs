namespace FrontAlert.Domain;

/// <summary>
/// The part of the country outline nearer to one Location than to any other: a closed ring (first point repeated
/// last), counter-clockwise as GeoJSON wants exterior rings. Where the outline is not convex, one cell can come out
/// as two pieces joined by a zero-width seam along a bisector; it still fills and contains correctly.
/// </summary>
public sealed record Cell(string LocationId, IReadOnlyList<GeoPoint> Ring);
