using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>A place's cell, ready to write as a GeoJSON Polygon's <c>coordinates</c> (one exterior ring).</summary>
public sealed record TerritoryCell(Location Place, double[][][] Coordinates);
