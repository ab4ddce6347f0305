namespace FrontAlert.Domain;

/// <summary>A Location that gets a cell of the territory map: its id and where it stands.</summary>
public sealed record CellSite(string LocationId, GeoPoint At);
