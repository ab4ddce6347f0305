namespace FrontAlert.Client;

/// <summary>A gazetteer entry: a node of the location tree (country &gt; governorate &gt; … &gt; town).</summary>
public sealed record Location(string Id, string Name, LocationKind Kind, string? ParentId, double? Lat = null, double? Lon = null);
