namespace FrontAlert.Domain;

/// <summary>
/// The points p with <c>Normal · p ≤ Offset</c>. <see cref="Clip"/> is one Sutherland–Hodgman step: it keeps the part
/// of a ring inside. Correct for any simple ring (convex or not) because the clipping region, a half-plane, is convex.
/// </summary>
public readonly record struct HalfPlane(double NormalX, double NormalY, double Offset)
{
    /// <summary>The points at least as near to <paramref name="own"/> as to <paramref name="other"/>.</summary>
    public static HalfPlane Nearer(GeoPoint own, GeoPoint other) => new(
        other.Lon - own.Lon,
        other.Lat - own.Lat,
        ((other.Lon * other.Lon) + (other.Lat * other.Lat) - (own.Lon * own.Lon) - (own.Lat * own.Lat)) / 2);

    private double Excess(GeoPoint p) => (NormalX * p.Lon) + (NormalY * p.Lat) - Offset;

    /// <summary>The part of an open ring (first point not repeated) inside; empty when nothing is.</summary>
    public List<GeoPoint> Clip(IReadOnlyList<GeoPoint> ring)
    {
        var kept = new List<GeoPoint>(ring.Count + 4);
        for (var i = 0; i < ring.Count; i++)
        {
            var (previous, current) = (ring[(i + ring.Count - 1) % ring.Count], ring[i]);
            var (was, now) = (Excess(previous), Excess(current));
            if (now <= 0)
            {
                if (was > 0)
                {
                    kept.Add(Crossing(previous, current, was, now));
                }
                kept.Add(current);
            }
            else if (was <= 0)
            {
                kept.Add(Crossing(previous, current, was, now));
            }
        }
        return kept;
    }

    private static GeoPoint Crossing(GeoPoint a, GeoPoint b, double excessA, double excessB)
    {
        var t = excessA / (excessA - excessB);
        return new GeoPoint(a.Lon + (t * (b.Lon - a.Lon)), a.Lat + (t * (b.Lat - a.Lat)));
    }
}
