using System.Xml.Linq;
using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.Extensions.Options;

namespace FrontAlert.Web;

/// <summary>The standard formats: one Alert as CAP 1.2, and the newest Alerts as Atom feeds (plain, and linking CAP).</summary>
public static class FormatsEndpoints
{
    public const int MaxEntries = 200;

    public static void MapFormats(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts/{id}/cap", Cap);
        api.MapGet("/feeds/alerts.atom", (HttpRequest r, string? scopeId, string? minSeverity, string? limit, IAlertLog log, CatalogCache c, IOptions<CapOptions> o) =>
            Feed(r, scopeId, minSeverity, limit, log, c, o.Value, withCap: false));
        api.MapGet("/feeds/alerts.cap.atom", (HttpRequest r, string? scopeId, string? minSeverity, string? limit, IAlertLog log, CatalogCache c, IOptions<CapOptions> o) =>
            Feed(r, scopeId, minSeverity, limit, log, c, o.Value, withCap: true));
    }

    /// <summary>Ids contain '/': the path segment comes percent-encoded and is decoded here, as for <c>GET /alerts/{id}</c>.</summary>
    private static async Task<IResult> Cap(string id, HttpRequest request, IAlertLog log, CatalogCache catalogs, IOptions<CapOptions> options)
    {
        var alertId = Uri.UnescapeDataString(id);
        if (await log.Find(alertId) is not { } alert)
        {
            return Problems.NotFound("alert", alertId);
        }
        var references = await References(alert, log);
        var document = new CapDocument(options.Value, await catalogs.Get(), Site(request)).Build(alert, references);
        return Xml(document, CapDocument.MediaType);
    }

    /// <summary>
    /// A Correction cancels what it corrects. A confirmed change updates the claim it confirms: the latest earlier
    /// claimed alert of the same Rule and Location, for the same Actor, standing on a report this one stands on too.
    /// </summary>
    private static async Task<IReadOnlyList<Alert>> References(Alert alert, IAlertLog log)
    {
        if (alert.Corrects is { } corrected)
        {
            return await log.Find(corrected) is { } original ? [original] : [];
        }
        if (alert is not { Kind: RuleKind.ControlChange, Confidence: Confidence.Confirmed })
        {
            return [];
        }
        var claim = (await log.StandingOn(alert.ReportIds))
            .Where(a => a.Seq < alert.Seq && a.RuleId == alert.RuleId && a.LocationId == alert.LocationId
                && a.Confidence == Confidence.Claimed && a.To?.ActorId == alert.To?.ActorId)
            .MaxBy(a => a.Seq);
        return claim is null ? [] : [claim];
    }

    private static async Task<IResult> Feed(HttpRequest request, string? scopeId, string? minSeverity, string? limit,
        IAlertLog log, CatalogCache catalogs, CapOptions options, bool withCap)
    {
        var errors = new List<FieldError>();
        var wanted = (int)(Query.Long(limit, "limit", 1, MaxEntries, errors) ?? 50);
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
        var (alerts, _) = await AlertsEndpoints.Backward(log, 0, long.MaxValue, wanted,
            a => a.Severity >= severity && (scopeId is null || catalog.IsWithin(a.LocationId, scopeId)));
        var title = $"FrontAlert: alerts{(scopeId is null ? "" : $" in {catalog.NameOf(scopeId)}")}";
        var self = new Uri(Site(request), request.Path + request.QueryString);
        return Xml(new AtomFeed(options, Site(request), withCap).Build(self, title, alerts), AtomFeed.MediaType);
    }

    /// <summary>The address clients used (forwarded headers, when configured, have already rewritten it).</summary>
    private static Uri Site(HttpRequest request) => new($"{request.Scheme}://{request.Host}/");

    private static IResult Xml(XDocument document, string mediaType) =>
        Results.Text(document.Declaration + Environment.NewLine + document.ToString(SaveOptions.DisableFormatting), mediaType + "; charset=utf-8");
}
