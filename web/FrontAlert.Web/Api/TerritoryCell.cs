using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// A place's cell, ready to write as GeoJSON: one polygon's rings (one exterior ring, no holes) per piece. One piece is
/// written as a <c>Polygon</c>, several as a <c>MultiPolygon</c>.
/// </summary>
public sealed record TerritoryCell(Location Place, double[][][][] Pieces)
{
    public object Geometry => Pieces.Length == 1
        ? new { type = "Polygon", coordinates = Pieces[0] }
        : new { type = "MultiPolygon", coordinates = Pieces };
}
