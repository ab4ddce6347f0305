namespace FrontAlert.Domain;

public sealed partial class LocationEngine
{
    /// <summary>
    /// Every report filed for this place so far (the grain reads them from the report store before a batch that holds a
    /// retraction); reports not yet filed are taken from the state. Needed only to recount after a retraction.
    /// </summary>
    public IReadOnlyList<Report> History { get; init; } = [];

    /// <summary>Logged alerts that name a report being retracted in this batch, so those that no longer hold are corrected.</summary>
    public IReadOnlyList<Alert> Standing { get; init; } = [];

    private IEnumerable<Report> AllReports() =>
        History.Concat(state.UnfiledReports.Select(e => e.Report)).DistinctBy(r => r.Id, StringComparer.Ordinal);

    /// <summary>A second retraction of a report already retracted changes nothing: a duplicate, like a repeated id.</summary>
    private bool RepeatsRetraction(Report report) =>
        report is RetractionReport r && AllReports().OfType<RetractionReport>().Any(x => x.Retracts == r.Retracts);

    /// <summary>
    /// Recounts control, tolls and strikes from every report but the retracted ones, as if they had never come. Totals
    /// stay absolute, so the parent simply receives lower ones. Alerts that stood on the report and no longer hold get
    /// a correction; ancestors re-judge their toll rules when the retraction reaches them.
    /// </summary>
    private string? Retract(RetractionReport retraction, List<LocationEvent> events)
    {
        var reports = AllReports().ToList();
        var retracted = reports.OfType<RetractionReport>().Select(r => r.Retracts).Append(retraction.Retracts).ToHashSet(StringComparer.Ordinal);
        var scratch = new LocationState { LocationId = state.LocationId };
        // A state stored before the seed was kept falls back to the gazetteer's holder.
        if ((state.Seeded ?? catalog.InitialControls.GetValueOrDefault(state.LocationId)?.ToControl(catalog)) is { } held)
        {
            scratch.Control.Seed(held);
        }
        var recount = new LocationEngine(scratch, catalog, now);
        var ignored = new List<LocationEvent>();
        // Oldest first by event time; a stable sort keeps arrival order among equal times.
        foreach (var report in reports.Where(r => r is not RetractionReport && !retracted.Contains(r.Id)).OrderBy(r => r.ObservedAt))
        {
            recount.Apply(report, ignored);
        }
        (state.Control, state.Tolls, state.Own, state.Strikes) = (scratch.Control, scratch.Tolls, scratch.Own, scratch.Strikes);
        events.Add(new RetractionEvent($"{state.LocationId}/{retraction.Id}", state.LocationId, retraction.ObservedAt,
            retraction.Id, retraction.Retracts, retraction.SourceId, retraction.Reason));
        var writer = new CorrectionWriter(catalog, now);
        var waiting = state.UnloggedAlerts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var corrections = Standing.Concat(state.UnloggedAlerts)
            .Where(a => a.ReportIds.Contains(retraction.Retracts) && a.Kind is RuleKind.ControlChange or RuleKind.Strike)
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .Where(a => !StillHolds(a))
            .Select(a => writer.Retracted(a, retraction, state.Control.Current))
            .Where(c => waiting.Add(c.Id))
            .ToList();
        state.UnloggedAlerts.AddRange(corrections);
        return reports.Any(r => r.Id == retraction.Retracts) ? null : "the retracted report is not known here";
    }

    /// <summary>A control alert holds while the place is still where it said (on other evidence); a strike never does.</summary>
    private bool StillHolds(Alert alert)
    {
        var now = state.Control.Current;
        if (alert.Kind != RuleKind.ControlChange || now is null)
        {
            return false;
        }
        return alert.Confidence == Confidence.Contested
            ? now.Confidence == Confidence.Contested
            : alert.To?.Side == now.Side && now.Confidence != Confidence.Contested
                && (alert.Confidence != Confidence.Confirmed || now.Confidence == Confidence.Confirmed);
    }
}
