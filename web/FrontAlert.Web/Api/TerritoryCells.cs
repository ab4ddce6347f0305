using System.Runtime.CompilerServices;
using System.Text.Json;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// The territory map's cells for a catalog, computed once per catalog snapshot (a new snapshot is a new version):
/// only the places and their coordinates shape the cells, control only colours them. Keyed by the snapshot itself,
/// so two web nodes in one process (tests) never share an answer, and an old snapshot's cells go with it.
/// </summary>
public static class TerritoryCells
{
    /// <summary>The outline the map page draws too (<c>wwwroot/geo/syria.json</c>, embedded), so both agree.</summary>
    public const string OutlineResource = "FrontAlert.Web.geo.syria.json";

    private static readonly Lazy<GeoPoint[]> Outline = new(ReadOutline);
    private static readonly ConditionalWeakTable<Domain.Catalog, IReadOnlyList<TerritoryCell>> Cache = [];

    public static IReadOnlyList<TerritoryCell> For(Domain.Catalog catalog) => Cache.GetValue(catalog, Compute);

    private static IReadOnlyList<TerritoryCell> Compute(Domain.Catalog catalog)
    {
        var sites = catalog.Locations.Values
            .Where(CellControl.HasCell)
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => new CellSite(l.Id, new GeoPoint(l.Lon!.Value, l.Lat!.Value)))
            .ToList();
        return [.. Territory.Cells(Outline.Value, sites).Select(c => new TerritoryCell(
            catalog.Locations[c.LocationId],
            [.. c.Pieces.Select(piece => new[] { piece.Select(p => new[] { p.Lon, p.Lat }).ToArray() })]))];
    }

    private static GeoPoint[] ReadOutline()
    {
        using var stream = typeof(TerritoryCells).Assembly.GetManifestResourceStream(OutlineResource)
            ?? throw new InvalidOperationException($"the country outline {OutlineResource} is not embedded");
        using var geo = JsonDocument.Parse(stream);
        var ring = geo.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0];
        return [.. ring.EnumerateArray().Select(p => new GeoPoint(p[0].GetDouble(), p[1].GetDouble()))];
    }
}
