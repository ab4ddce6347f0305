namespace FrontAlert.Domain;

/// <summary>
/// A toll alert stands until a retraction takes its figure back below the threshold: then a correction is raised and the
/// watch re-arms, so a later crossing fires again under a new id (the log keeps each id once).
/// </summary>
public static class TollCorrection
{
    public static Alert Remember(RuleProgress watch, Alert alert)
    {
        var raised = watch.Firings == 0 ? alert : alert with { Id = $"{alert.Id}/{watch.Firings}" };
        watch.Firings++;
        watch.Raised = raised;
        return raised;
    }

    /// <summary>Run after the crossing check has moved the watch to today's figure.</summary>
    public static Alert? Check(RuleProgress watch, IReadOnlyList<LocationEvent> events, Catalog catalog, DateTimeOffset now)
    {
        if (watch.Raised is not { } raised || !watch.Fired || watch.LastValue >= watch.Rule.Threshold
            || events.OfType<RetractionEvent>().FirstOrDefault() is not { } retraction)
        {
            return null;
        }
        watch.Fired = false;
        watch.Raised = null;
        return new CorrectionWriter(catalog, now).TollFell(raised, retraction, watch.LastValue);
    }
}
