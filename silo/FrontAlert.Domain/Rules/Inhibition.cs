namespace FrontAlert.Domain;

/// <summary>
/// An inhibit rule holds back the target rules' alerts for places strictly inside a place for which an alert of the
/// source rule stands: raised within the window before, and not corrected since. The held alert is still logged, marked
/// <c>inhibitedBy</c> the standing alert's id, so notification channels skip it while the feed still shows it.
/// </summary>
public static class Inhibition
{
    /// <summary>The inhibit rules that listen for alerts of <paramref name="targetRuleId"/>.</summary>
    public static IEnumerable<Rule> For(string targetRuleId, Catalog catalog) =>
        catalog.Rules.Values.Where(r => r.Kind == RuleKind.Inhibit && r.Enabled && r.SourceRuleId is not null
            && r.TargetRuleIds?.Contains(targetRuleId) == true);

    /// <summary>The standing source alert that inhibits <paramref name="alert"/>, among the latest ones for its ancestors.</summary>
    public static Alert? By(Alert alert, Rule inhibit, IEnumerable<Alert> latest, IReadOnlySet<string> corrected, Catalog catalog) =>
        latest
            .Where(s => s.Id != alert.Id && s.LocationId != alert.LocationId && catalog.IsWithin(alert.LocationId, s.LocationId)
                && s.RaisedAt <= alert.RaisedAt && s.RaisedAt >= alert.RaisedAt - (inhibit.Window ?? TimeSpan.Zero)
                && !corrected.Contains(s.Id))
            .MaxBy(s => s.RaisedAt);
}
