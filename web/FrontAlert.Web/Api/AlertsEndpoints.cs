using FrontAlert.Domain;
using FrontAlert.Grains;

namespace FrontAlert.Web;

public static class AlertsEndpoints
{
    public const int MaxLimit = 1000;

    /// <summary>How far one request scans the log for filtered matches; a client pages on with the last seq it got.</summary>
    private const int MaxScan = 50_000;

    public static void MapAlerts(this RouteGroupBuilder api) => api.MapGet("/alerts", Get);

    private static async Task<IResult> Get(long? after, string? scopeId, string? minSeverity, int? limit, IAlertLog log, CatalogCache catalogs)
    {
        var errors = new List<FieldError>();
        if (after is < 0)
        {
            errors.Add(new("after", "must be zero or more"));
        }
        if (limit is < 1 or > MaxLimit)
        {
            errors.Add(new("limit", $"must be between 1 and {MaxLimit}"));
        }
        var severity = Severities.Parse(minSeverity, errors);
        var catalog = await catalogs.Get();
        if (scopeId is not null && !catalog.Locations.ContainsKey(scopeId))
        {
            errors.Add(new("scopeId", $"unknown location '{scopeId}'"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var wanted = limit ?? 100;
        var found = new List<Alert>();
        var cursor = after ?? 0;
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
