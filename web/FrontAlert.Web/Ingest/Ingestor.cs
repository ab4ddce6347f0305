using System.Text.Json;
using System.Text.Json.Serialization;
using FrontAlert.Domain;
using FrontAlert.Contracts;
using Microsoft.Extensions.Options;

namespace FrontAlert.Web;

/// <summary>
/// Validates each report on its own, groups the valid ones by location and hands each group to its location grain,
/// in parallel across places and in order within one. Returns only once every accepted report is durably stored.
/// </summary>
public sealed class Ingestor(
    IGrainFactory grains, CatalogCache catalogs, IReportStore store, TimeProvider clock, IOptions<FrontAlertOptions> options, ILogger<Ingestor> logger)
{
    public async Task<IngestResult> Ingest(IReadOnlyList<ReportItem> items, bool asOperator = false)
    {
        var bounds = new TimeBounds(clock.GetUtcNow(), options.Value.Reports.MaxAhead);
        var (valid, rejected, ids, duplicates) = Validate(items, await catalogs.Get(), bounds);
        if (rejected.Any(r => r.Errors.Any(ReportValidator.SaysUnknown)))
        {
            // A place, actor or source created a moment ago through another node may not be in this node's catalog yet
            // (it refreshes once a second): read the catalog afresh before calling the name unknown.
            catalogs.Invalidate();
            (valid, rejected, ids, duplicates) = Validate(items, await catalogs.Get(), bounds);
        }
        if (valid.Any(r => r is RetractionReport))
        {
            valid = await new Retractions(store, clock).Place(valid, ids, asOperator, rejected);
            rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
        }
        var groups = valid.GroupBy(r => r.LocationId, StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(groups.Select(g => grains.GetGrain<ILocationGrain>(g.Key).Ingest([.. g])));
        Count(items, rejected, groups, results);
        var accepted = results.Sum(r => r.Count(s => s == IngestStatus.Accepted));
        duplicates += results.Sum(r => r.Count(s => s == IngestStatus.Duplicate));
        logger.LogInformation("Ingested {Accepted} reports ({Duplicates} duplicates, {Rejected} rejected) across {Locations} locations",
            accepted, duplicates, rejected.Count, results.Length);
        return new IngestResult(accepted, duplicates, rejected);
    }

    private static (List<Report> Valid, List<Rejection> Rejected, Dictionary<string, int> Ids, int Duplicates) Validate(
        IReadOnlyList<ReportItem> items, Domain.Catalog catalog, TimeBounds bounds)
    {
        var rejected = new List<Rejection>();
        var valid = new List<Report>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var errors = new List<FieldError>();
            var report = Read(items[i], catalog, bounds, errors);
            if (report is null)
            {
                rejected.Add(new Rejection(i, IdOf(items[i].Json), errors));
            }
            else if (!ids.TryAdd(report.Id, i))
            {
                duplicates++; // the same id twice in one batch: the second is a duplicate, whatever its place
            }
            else
            {
                valid.Add(report);
            }
        }
        return (valid, rejected, ids, duplicates);
    }

    /// <summary>Per report type and outcome; a batch-internal repeat counts as a duplicate of no known type.</summary>
    private static void Count(IReadOnlyList<ReportItem> items, List<Rejection> rejected, List<IGrouping<string, Report>> groups, IngestStatus[][] results)
    {
        foreach (var rejection in rejected)
        {
            Record(TypeOf(items[rejection.Index].Json), "rejected");
        }
        for (var g = 0; g < groups.Count; g++)
        {
            var i = 0;
            foreach (var report in groups[g])
            {
                Record(TypeNames[report.GetType()], results[g][i++] == IngestStatus.Accepted ? "accepted" : "duplicate");
            }
        }
        var repeats = items.Count - rejected.Count - groups.Sum(g => g.Count());
        if (repeats > 0)
        {
            FrontAlertTelemetry.Reports.Add(repeats, new("frontalert.report.type", "unknown"), new("frontalert.report.outcome", "duplicate"));
        }
    }

    private static void Record(string type, string outcome) =>
        FrontAlertTelemetry.Reports.Add(1, new("frontalert.report.type", type), new("frontalert.report.outcome", outcome));

    /// <summary>Only the known type names become a tag value: a posted string must not mint new time series.</summary>
    private static string TypeOf(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && TypeNames.ContainsValue(type.GetString()!) ? type.GetString()! : "unknown";

    /// <summary>The wire names of the report types, as the domain declares them for JSON.</summary>
    private static readonly Dictionary<Type, string> TypeNames = typeof(Report)
        .GetCustomAttributes(typeof(JsonDerivedTypeAttribute), false).Cast<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static Report? Read(ReportItem item, Domain.Catalog catalog, TimeBounds bounds, List<FieldError> errors)
    {
        if (item.ParseError is not null)
        {
            errors.Add(new("$", item.ParseError));
            return null;
        }
        var report = ReportReader.Read(item.Json, errors, bounds);
        if (report is not null)
        {
            ReportValidator.Check(report, catalog, errors);
        }
        return errors.Count == 0 ? report : null;
    }

    private static string? IdOf(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
