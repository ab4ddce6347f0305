using FrontAlert.Domain;
using FrontAlert.Grains;

namespace FrontAlert.Web;

public static class AlertsEndpoints
{
    public const int MaxLimit = 1000;

    /// <summary>How far one request scans the log for filtered matches; a client pages on with the last seq it got.</summary>
    private const int MaxScan = 50_000;

    public static void MapAlerts(this RouteGroupBuilder api) => api.MapGet("/alerts", Get);

    private static async Task<IResult> Get(string? after, string? scopeId, string? minSeverity, string? limit, IAlertLog log, CatalogCache catalogs)
    {
        var errors = new List<FieldError>();
        var from = Query.Long(after, "after", 0, long.MaxValue, errors) ?? 0;
        var wanted = (int)(Query.Long(limit, "limit", 1, MaxLimit, errors) ?? 100);
        scopeId = Query.Text(scopeId);
        var severity = Severities.Parse(Query.Text(minSeverity), errors);
        var catalog = await catalogs.Get();
        if (scopeId is not null && !catalog.Locations.ContainsKey(scopeId))
        {
            errors.Add(new("scopeId", $"unknown location '{scopeId}'"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var found = new List<Alert>();
        var cursor = from;
        for (var scanned = 0; found.Count < wanted && scanned < MaxScan;)
        {
            var page = await log.Read(cursor, 500);
            if (page.Count == 0)
            {
                break;
            }
            scanned += page.Count;
            cursor = page[^1].Seq;
            found.AddRange(page.Where(a => a.Severity >= severity && (scopeId is null || catalog.IsWithin(a.LocationId, scopeId))));
        }
        return Results.Ok(found.Take(wanted));
    }
}
