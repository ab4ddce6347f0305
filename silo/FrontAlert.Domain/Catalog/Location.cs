namespace FrontAlert.Domain;

/// <summary>A gazetteer entry: a node of the location tree. Its live picture lives elsewhere.</summary>
public sealed record Location(string Id, string Name, LocationKind Kind, string? ParentId, double? Lat = null, double? Lon = null)
{
    /// <summary>Other spellings of the place, e.g. ACLED's "Idleb" or "Maarat an Numan": matched by imports.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
