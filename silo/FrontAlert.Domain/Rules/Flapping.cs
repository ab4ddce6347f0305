using System.Xml;

namespace FrontAlert.Domain;

/// <summary>
/// A place whose holder changes back and forth more than a rule's <c>flapChanges</c> times (default 3) within its
/// <c>flapWindow</c> (default 6 h) is flapping for that rule: one <c>contested</c> alert says so, and the rule's further
/// change alerts for the place are still logged but marked <c>inhibitedBy</c> that alert, so nobody is notified of each
/// flip, until a change comes with the window quiet again. <c>flapChanges: 0</c> turns it off.
/// </summary>
public static class Flapping
{
    public const int DefaultChanges = 3;
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(6);

    /// <summary>Records this place's changes of hands and holds or adds alerts in <paramref name="raised"/> accordingly.</summary>
    public static void Judge(LocationState state, IReadOnlyList<LocationEvent> events, List<Alert> raised, Catalog catalog, DateTimeOffset now)
    {
        var watch = state.Flaps;
        foreach (var change in events.OfType<ControlEvent>().Where(e => !e.Contest && !e.Upgrade && e.LocationId == state.LocationId))
        {
            watch.Changes.Add(change.ObservedAt);
        }
        watch.Changes.Sort();
        if (watch.Changes.Count > FlapWatch.Kept)
        {
            watch.Changes.RemoveRange(0, watch.Changes.Count - FlapWatch.Kept);
        }
        for (var i = 0; i < raised.Count; i++)
        {
            var alert = raised[i];
            if (alert.Kind != RuleKind.ControlChange || alert.LocationId != state.LocationId
                || (catalog.Rules.GetValueOrDefault(alert.RuleId) ?? state.Rules.GetValueOrDefault(alert.RuleId)?.Rule) is not { } rule)
            {
                continue;
            }
            var limit = rule.FlapChanges ?? DefaultChanges;
            var window = rule.FlapWindow ?? DefaultWindow;
            var changes = watch.Changes.Count(t => t > alert.ObservedAt - window && t <= alert.ObservedAt);
            if (limit == 0 || changes <= limit)
            {
                watch.Flapping.Remove(rule.Id); // settled: the next flurry is announced afresh
                continue;
            }
            if (!watch.Flapping.TryGetValue(rule.Id, out var contestedId))
            {
                var contested = Contested(rule, alert, changes, window, catalog, now);
                contestedId = contested.Id;
                watch.Flapping[rule.Id] = contestedId;
                raised.Insert(i++, contested);
            }
            raised[i] = alert with { InhibitedBy = contestedId };
        }
    }

    private static Alert Contested(Rule rule, Alert change, int changes, TimeSpan window, Catalog catalog, DateTimeOffset now)
    {
        var place = catalog.NameOf(change.LocationId);
        var span = window.TotalHours >= 1 && window.TotalHours == Math.Floor(window.TotalHours) ? $"{window.TotalHours:0} h" : XmlConvert.ToString(window);
        return change with
        {
            Id = $"{rule.Id}/{change.LocationId}/flapping/{change.ObservedAt.ToUnixTimeSeconds()}",
            Kind = RuleKind.Contested,
            Title = $"{place} contested: changed hands {changes} times within {span}",
            Message = $"{place} keeps changing hands (last: {catalog.ActorName(change.From?.ActorId)} → {catalog.ActorName(change.To?.ActorId)}). "
                + "Further changes are logged but not notified until it settles.",
            Confidence = Confidence.Contested,
            RaisedAt = now,
        };
    }
}
