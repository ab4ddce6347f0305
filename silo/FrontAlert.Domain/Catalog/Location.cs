namespace FrontAlert.Domain;

/// <summary>A gazetteer entry: a node of the location tree. Its live picture lives elsewhere.</summary>
public sealed record Location(string Id, string Name, LocationKind Kind, string? ParentId, double? Lat = null, double? Lon = null);
