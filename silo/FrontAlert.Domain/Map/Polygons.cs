namespace FrontAlert.Domain;

/// <summary>Plane geometry on rings of <see cref="GeoPoint"/>s (closed or not), in degrees.</summary>
public static class Polygons
{
    /// <summary>Shoelace area: positive when the ring runs counter-clockwise.</summary>
    public static double SignedArea(IReadOnlyList<GeoPoint> ring)
    {
        var sum = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Count]);
            sum += (a.Lon * b.Lat) - (b.Lon * a.Lat);
        }
        return sum / 2;
    }

    public static double Area(IReadOnlyList<GeoPoint> ring) => Math.Abs(SignedArea(ring));

    /// <summary>Even-odd ray casting. A zero-width seam is crossed twice or never, so it does not change the answer.</summary>
    public static bool Contains(IReadOnlyList<GeoPoint> ring, GeoPoint p)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Lat > p.Lat) != (b.Lat > p.Lat)
                && p.Lon < a.Lon + ((p.Lat - a.Lat) * (b.Lon - a.Lon) / (b.Lat - a.Lat)))
            {
                inside = !inside;
            }
        }
        return inside;
    }
}
