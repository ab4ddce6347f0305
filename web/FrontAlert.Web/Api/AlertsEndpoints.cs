using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

public static class AlertsEndpoints
{
    public const int MaxLimit = 1000;

    /// <summary>How far one request scans the log for filtered matches; a client pages on with the last seq it got.</summary>
    private const int MaxScan = 50_000;

    public static void MapAlerts(this RouteGroupBuilder api) => api.MapGet("/alerts", Get);

    /// <summary>
    /// Alerts in seq order: after <c>after</c> (forward paging), or with <c>before</c> the newest ones below it (a
    /// feed's first screen). A filtered scan stops after <see cref="MaxScan"/> alerts; the <c>FrontAlert-Scanned-To</c>
    /// header says where, so an empty page is never mistaken for the end of the log. Each alert carries the log's
    /// <c>epoch</c>; the <c>FrontAlert-Epoch</c> and <c>FrontAlert-Last-Seq</c> headers tell the log's epoch and last
    /// seq, read before the page (so resuming after the larger of that and the page's last seq misses nothing).
    /// </summary>
    private static async Task<IResult> Get(string? after, string? before, string? scopeId, string? minSeverity, string? limit,
        IAlertLog log, CatalogCache catalogs, HttpResponse response)
    {
        var errors = new List<FieldError>();
        var from = Query.Long(after, "after", 0, long.MaxValue, errors) ?? 0;
        var until = Query.Long(before, "before", 1, long.MaxValue, errors);
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
        var epoch = await log.Epoch();
        response.Headers["FrontAlert-Epoch"] = epoch.Id;
        response.Headers["FrontAlert-Last-Seq"] = epoch.LastSeq.ToString(System.Globalization.CultureInfo.InvariantCulture);
        bool Wanted(Alert a) => a.Severity >= severity && (scopeId is null || catalog.IsWithin(a.LocationId, scopeId));
        var (found, scannedTo) = until is { } end
            ? await Backward(log, from, end, wanted, Wanted)
            : await Forward(log, from, wanted, Wanted);
        response.Headers["FrontAlert-Scanned-To"] = scannedTo.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Ok(found);
    }

    private static async Task<(List<Alert>, long)> Forward(IAlertLog log, long from, int wanted, Func<Alert, bool> matches)
    {
        var found = new List<Alert>();
        var cursor = from;
        for (var scanned = 0; found.Count < wanted && scanned < MaxScan;)
        {
            var page = await log.Read(cursor, 500);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var alert in page.TakeWhile(_ => found.Count < wanted))
            {
                scanned++;
                cursor = alert.Seq;
                if (matches(alert))
                {
                    found.Add(alert);
                }
            }
        }
        return (found, cursor);
    }

    /// <summary>The newest alerts below <paramref name="before"/> and above <paramref name="from"/> that match, in seq order, and how far it scanned.</summary>
    internal static async Task<(List<Alert>, long)> Backward(IAlertLog log, long from, long before, int wanted, Func<Alert, bool> matches)
    {
        var found = new List<Alert>();
        var cursor = before;
        for (var scanned = 0; found.Count < wanted && scanned < MaxScan && cursor > from + 1;)
        {
            var page = await log.ReadBefore(cursor, 500);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var alert in page.TakeWhile(a => found.Count < wanted && a.Seq > from))
            {
                scanned++;
                cursor = alert.Seq;
                if (matches(alert))
                {
                    found.Add(alert);
                }
            }
            if (page[^1].Seq <= from + 1)
            {
                break;
            }
        }
        found.Reverse();
        return (found, cursor);
    }
}
