namespace FrontAlert.Domain;

/// <summary>
/// The points p with <c>Normal · p ≤ Offset</c>. <see cref="Clip"/> is one Sutherland–Hodgman step: it keeps the part
/// of a ring inside. Correct for any simple ring (convex or not) because the clipping region, a half-plane, is convex;
/// where a non-convex ring crosses the line more than twice, the inside falls apart into pieces, returned separately.
/// </summary>
public readonly record struct HalfPlane(double NormalX, double NormalY, double Offset)
{
    /// <summary>The points at least as near to <paramref name="own"/> as to <paramref name="other"/>.</summary>
    public static HalfPlane Nearer(GeoPoint own, GeoPoint other) => new(
        other.Lon - own.Lon,
        other.Lat - own.Lat,
        ((other.Lon * other.Lon) + (other.Lat * other.Lat) - (own.Lon * own.Lon) - (own.Lat * own.Lat)) / 2);

    private double Excess(GeoPoint p) => (NormalX * p.Lon) + (NormalY * p.Lat) - Offset;

    /// <summary>Where a point lies along the line, for ordering the crossings.</summary>
    private double Along(GeoPoint p) => (-NormalY * p.Lon) + (NormalX * p.Lat);

    /// <summary>The parts of an open ring (first point not repeated) inside: none, the ring itself, or its pieces.</summary>
    public List<List<GeoPoint>> Clip(IReadOnlyList<GeoPoint> ring)
    {
        var chains = Chains(ring, out var whole);
        if (whole is not null)
        {
            return whole.Count == 0 ? [] : [whole];
        }
        return chains.Count == 1 ? [chains[0]] : Join(chains) ?? [[.. chains.SelectMany(c => c)]];
    }

    /// <summary>
    /// The runs of the ring inside, each from the crossing where it enters to the one where it leaves, in ring order;
    /// <paramref name="whole"/> instead when the ring never crosses (all of it, or nothing, is inside).
    /// </summary>
    private List<List<GeoPoint>> Chains(IReadOnlyList<GeoPoint> ring, out List<GeoPoint>? whole)
    {
        var excess = ring.Select(Excess).ToArray();
        var n = ring.Count;
        var entry = Enumerable.Range(0, n).FirstOrDefault(i => excess[(i + n - 1) % n] > 0 && excess[i] <= 0, -1);
        whole = entry >= 0 ? null : excess.All(e => e <= 0) ? [.. ring] : [];
        var chains = new List<List<GeoPoint>>();
        if (whole is not null)
        {
            return chains;
        }
        List<GeoPoint>? chain = null;
        for (var k = 0; k < n; k++)
        {
            var (i, previous) = ((entry + k) % n, (entry + k + n - 1) % n);
            if (excess[i] <= 0)
            {
                if (excess[previous] > 0)
                {
                    chain = [Crossing(ring[previous], ring[i], excess[previous], excess[i])];
                    chains.Add(chain);
                }
                chain!.Add(ring[i]);
            }
            else if (excess[previous] <= 0)
            {
                chain!.Add(Crossing(ring[previous], ring[i], excess[previous], excess[i]));
            }
        }
        return chains;
    }

    /// <summary>
    /// Joins the runs into pieces. Along the line, the crossings sorted pair up into the stretches of the line that lie
    /// inside the ring; each stretch leads from one run's exit to another run's entry. Null when they do not pair up
    /// that way (a vertex exactly on the line, ties): the caller then keeps the runs as one ring, seams and all.
    /// </summary>
    private List<List<GeoPoint>>? Join(List<List<GeoPoint>> chains)
    {
        var self = this;
        var ends = chains
            .SelectMany((c, index) => new[] { (Along: self.Along(c[0]), Chain: index, Entry: true), (Along: self.Along(c[^1]), Chain: index, Entry: false) })
            .OrderBy(e => e.Along)
            .ToList();
        var next = new int[chains.Count]; // the run whose entry a run's exit leads to
        for (var k = 0; k < ends.Count; k += 2)
        {
            var (a, b) = (ends[k], ends[k + 1]);
            if (a.Entry == b.Entry || a.Along == b.Along)
            {
                return null;
            }
            var (exit, entry) = a.Entry ? (b, a) : (a, b);
            next[exit.Chain] = entry.Chain;
        }
        var pieces = new List<List<GeoPoint>>();
        var done = new bool[chains.Count];
        for (var start = 0; start < chains.Count; start++)
        {
            var piece = new List<GeoPoint>();
            for (var c = start; !done[c]; c = next[c])
            {
                done[c] = true;
                piece.AddRange(chains[c]);
            }
            if (piece.Count > 0)
            {
                pieces.Add(piece);
            }
        }
        return pieces;
    }

    private static GeoPoint Crossing(GeoPoint a, GeoPoint b, double excessA, double excessB)
    {
        var t = excessA / (excessA - excessB);
        return new GeoPoint(a.Lon + (t * (b.Lon - a.Lon)), a.Lat + (t * (b.Lat - a.Lat)));
    }
}
