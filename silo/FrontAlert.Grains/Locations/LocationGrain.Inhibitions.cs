using FrontAlert.Domain;

namespace FrontAlert.Grains;

public sealed partial class LocationGrain
{
    /// <summary>
    /// Just before the outbox goes to the log: marks the alerts an inhibit rule holds back. Decided at append time, from
    /// what the log holds then (an alert of the source rule logged a moment later inhibits nothing it could not see), and
    /// again on a retry; the log keeps whichever version it got first.
    /// </summary>
    private async Task MarkInhibited()
    {
        var catalog = await _catalogs.Get();
        if (!catalog.Rules.Values.Any(r => r.Kind == RuleKind.Inhibit))
        {
            return;
        }
        foreach (var alert in Data.UnloggedAlerts.Where(a => a.InhibitedBy is null && a.Kind is not (RuleKind.Correction or RuleKind.Contested)).ToList())
        {
            foreach (var inhibit in Inhibition.For(alert.RuleId, catalog))
            {
                var latest = await _alerts.Latest(inhibit.SourceRuleId!, [.. catalog.Ancestors(alert.LocationId)]);
                var corrections = await Task.WhenAll(latest.Select(s => _alerts.Find(CorrectionWriter.IdOf(s.Id))));
                var corrected = corrections.OfType<Alert>().Select(c => c.Corrects!).ToHashSet(StringComparer.Ordinal);
                if (Inhibition.By(alert, inhibit, latest, corrected, catalog) is { } source)
                {
                    var index = Data.UnloggedAlerts.FindIndex(a => a.Id == alert.Id);
                    if (index >= 0)
                    {
                        Data.UnloggedAlerts[index] = alert with { InhibitedBy = source.Id };
                    }
                    break;
                }
            }
        }
    }
}
