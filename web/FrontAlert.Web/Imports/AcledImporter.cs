using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.Extensions.Options;

namespace FrontAlert.Web;

/// <summary>
/// Imports ACLED rows: makes the <c>acled</c> source carry the configured trust, maps every row against the catalog
/// (pure, <see cref="AcledMapper"/>) and files the reports through the <see cref="Ingestor"/>, in batches, so they are
/// checked, stored and alerted on exactly like posted ones. Answers once every accepted report is durably stored.
/// </summary>
public sealed class AcledImporter(
    Ingestor ingestor, CatalogCache catalogs, IGrainFactory grains, TimeProvider clock,
    IOptions<AcledOptions> acled, IOptions<FrontAlertOptions> options, ILogger<AcledImporter> logger)
{
    /// <summary>Half of what one posted batch may hold, as the CLI sends reports: grains get bounded work per call.</summary>
    public const int BatchSize = 5_000;

    public async Task<AcledSummary> Import(AcledCsv.Parsed csv)
    {
        var catalog = await WithSource();
        var outcomes = Map(csv, catalog);
        if (outcomes.Any(o => o.Rejected?.Contains("unknown", StringComparison.Ordinal) == true))
        {
            // An actor or alias added a moment ago through another node may not be in this node's catalog yet.
            catalogs.Invalidate();
            outcomes = Map(csv, await catalogs.Get());
        }
        var rejected = new List<AcledRejection>(csv.Broken);
        var notMapped = new List<AcledNotMapped>();
        var mapped = new List<(int Line, Report Report)>();
        foreach (var (row, outcome) in csv.Rows.Zip(outcomes))
        {
            if (outcome.Report is { } report)
            {
                mapped.Add((row.Line, report));
            }
            else if (outcome.Rejected is { } reason)
            {
                rejected.Add(new AcledRejection(row.Line, row.EventIdCnty.Length > 0 ? AcledMapper.IdPrefix + row.EventIdCnty : null, reason));
            }
            else
            {
                notMapped.Add(new AcledNotMapped(row.Line, outcome.EventType!, outcome.Reason!));
            }
        }
        var (accepted, duplicates) = (0, 0);
        foreach (var chunk in mapped.Chunk(BatchSize))
        {
            var result = await ingestor.Ingest([.. chunk.Select(m => m.Report)]);
            (accepted, duplicates) = (accepted + result.Accepted, duplicates + result.Duplicates);
            rejected.AddRange(result.Rejected.Select(r =>
                new AcledRejection(chunk[r.Index].Line, r.Id, string.Join("; ", r.Errors.Select(e => $"{e.Field}: {e.Message}")))));
        }
        rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        logger.LogInformation("ACLED import: {Rows} rows, {Accepted} reports accepted, {Duplicates} duplicates, {Rejected} rejected, {NotMapped} not mapped",
            csv.Rows.Count + csv.Broken.Count, accepted, duplicates, rejected.Count, notMapped.Count);
        return new AcledSummary(csv.Rows.Count + csv.Broken.Count, accepted, duplicates, rejected, notMapped);
    }

    private List<AcledOutcome> Map(AcledCsv.Parsed csv, Domain.Catalog catalog)
    {
        var mapper = new AcledMapper(catalog, new AcledSettings(acled.Value.NearestKm), new TimeBounds(clock.GetUtcNow(), options.Value.Reports.MaxAhead));
        return [.. csv.Rows.Select(mapper.Map)];
    }

    /// <summary>The catalog with the <c>acled</c> source at the configured trust, created or changed when it is not.</summary>
    private async Task<Domain.Catalog> WithSource()
    {
        var catalog = await catalogs.Get();
        var trust = acled.Value.Trust;
        var known = catalog.Sources.GetValueOrDefault(AcledSettings.SourceId);
        if (known?.Trust == trust)
        {
            return catalog;
        }
        var source = (known ?? new Source(AcledSettings.SourceId, "ACLED", trust)) with { Trust = trust };
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutSource(source);
        catalogs.Invalidate();
        logger.LogInformation("Source {SourceId} set to trust {Trust} (FrontAlert:Acled:Trust)", source.Id, trust);
        return await catalogs.Get();
    }
}
