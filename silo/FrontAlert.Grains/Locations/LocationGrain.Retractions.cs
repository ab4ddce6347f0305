using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

public sealed partial class LocationGrain
{
    private readonly IReportStore _reports;
    private readonly IAlertLog _alerts;

    /// <summary>
    /// A batch that retracts something: the engine recounts from every report of the place, so it gets the filed ones
    /// (the state has the unfiled ones) and the logged alerts that stood on the retracted reports. A report accepted
    /// while the history was read could be filed before the engine runs and so be in neither: then read again.
    /// </summary>
    private async Task<IngestStatus[]> IngestRetracting(Report[] reports, IReadOnlySet<string> known, Domain.Catalog catalog)
    {
        var retracted = reports.OfType<RetractionReport>().Select(r => r.Retracts).ToList();
        while (true)
        {
            var accepted = Data.Seen.Added;
            var history = _reports.History(Id);
            var standing = _alerts.StandingOn(retracted);
            await Task.WhenAll(history, standing);
            if (Data.Seen.Added == accepted)
            {
                var engine = new LocationEngine(Data, catalog, _clock.GetUtcNow()) { History = history.Result, Standing = standing.Result };
                return [.. engine.Ingest(reports, known)];
            }
        }
    }
}
