namespace FrontAlert.Domain;

/// <summary>A point on the map in GeoJSON order: longitude, then latitude, in degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);
