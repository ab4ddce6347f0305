using System.Collections.Concurrent;
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
    /// <summary>
    /// One grain reference per place, made once: <c>GetGrain</c> resolves the interface's grain type on every call, which
    /// was 4% of the CPU of batch ingest. Only validated location ids get here, so the map is as big as the gazetteer.
    /// </summary>
    private readonly ConcurrentDictionary<string, ILocationGrain> _places = new(StringComparer.Ordinal);

    public async Task<IngestResult> Ingest(IReadOnlyList<ReportItem> items, bool asOperator = false)
    {
        var bounds = new TimeBounds(clock.GetUtcNow(), options.Value.Reports.MaxAhead);
        var batch = await Validate(items.Count, (i, catalog, errors) => (Read(items[i], catalog, bounds, errors), IdOf(items[i].Json)));
        return await Store(batch, items.Count, i => TypeOf(items[i].Json), asOperator);
    }

    /// <summary>
    /// Reports already read by an import (e.g. ACLED rows): checked against the catalog like posted ones, then stored
    /// the same way, one answer per index. Imports file no retractions.
    /// </summary>
    public async Task<IngestResult> Ingest(IReadOnlyList<Report> reports)
    {
        var batch = await Validate(reports.Count, (i, catalog, errors) =>
        {
            if (reports[i] is RetractionReport)
            {
                errors.Add(new("type", "an import files no retractions"));
            }
            ReportValidator.Check(reports[i], catalog, errors);
            return (errors.Count == 0 ? reports[i] : null, reports[i].Id);
        });
        return await Store(batch, reports.Count, i => TypeNames[reports[i].GetType()], asOperator: true);
    }

    /// <summary>
    /// Reads and checks each of <paramref name="count"/> items. A place, actor or source created a moment ago through
    /// another node may not be in this node's catalog yet (it refreshes once a second): when a name is unknown, the
    /// catalog is read afresh and the batch checked again before calling it unknown.
    /// </summary>
    private async Task<Batch> Validate(int count, Func<int, Domain.Catalog, List<FieldError>, (Report? Report, string? Id)> read)
    {
        var batch = Check(await catalogs.Get());
        if (batch.Rejected.Any(r => r.Errors.Any(ReportValidator.SaysUnknown)))
        {
            catalogs.Invalidate();
            batch = Check(await catalogs.Get());
        }
        return batch;

        Batch Check(Domain.Catalog catalog)
        {
            var checkedBatch = new Batch();
            for (var i = 0; i < count; i++)
            {
                var errors = new List<FieldError>();
                var (report, id) = read(i, catalog, errors);
                checkedBatch.Add(i, report, id, errors);
            }
            return checkedBatch;
        }
    }

    /// <summary>The valid reports of a batch, its refusals, and the repeats of an id within it.</summary>
    private sealed class Batch
    {
        public List<Rejection> Rejected { get; } = [];
        public List<Report> Valid { get; set; } = [];
        public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);
        public int Duplicates { get; set; }

        public void Add(int index, Report? report, string? id, List<FieldError> errors)
        {
            if (report is null)
            {
                Rejected.Add(new Rejection(index, id, errors));
            }
            else if (!Ids.TryAdd(report.Id, index))
            {
                Duplicates++; // the same id twice in one batch: the second is a duplicate, whatever its place
            }
            else
            {
                Valid.Add(report);
            }
        }
    }

    private async Task<IngestResult> Store(Batch batch, int count, Func<int, string> typeOfRejected, bool asOperator)
    {
        var (valid, rejected) = (batch.Valid, batch.Rejected);
        if (valid.Any(r => r is RetractionReport))
        {
            valid = await new Retractions(store, clock).Place(valid, batch.Ids, asOperator, rejected);
            rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
        }
        var groups = valid.GroupBy(r => r.LocationId, StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(groups.Select(g => Place(g.Key).Ingest([.. g])));
        Count(count, rejected, typeOfRejected, groups, results);
        var accepted = results.Sum(r => r.Count(s => s == IngestStatus.Accepted));
        var duplicates = batch.Duplicates + results.Sum(r => r.Count(s => s == IngestStatus.Duplicate));
        logger.LogInformation("Ingested {Accepted} reports ({Duplicates} duplicates, {Rejected} rejected) across {Locations} locations",
            accepted, duplicates, rejected.Count, results.Length);
        return new IngestResult(accepted, duplicates, rejected);
    }

    private ILocationGrain Place(string id) => _places.GetOrAdd(id, static (key, factory) => factory.GetGrain<ILocationGrain>(key), grains);

    /// <summary>Per report type and outcome; a batch-internal repeat counts as a duplicate of no known type.</summary>
    private static void Count(int count, List<Rejection> rejected, Func<int, string> typeOfRejected, List<IGrouping<string, Report>> groups, IngestStatus[][] results)
    {
        foreach (var rejection in rejected)
        {
            Record(typeOfRejected(rejection.Index), "rejected");
        }
        for (var g = 0; g < groups.Count; g++)
        {
            var i = 0;
            foreach (var report in groups[g])
            {
                Record(TypeNames[report.GetType()], results[g][i++] == IngestStatus.Accepted ? "accepted" : "duplicate");
            }
        }
        var repeats = count - rejected.Count - groups.Sum(g => g.Count());
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
