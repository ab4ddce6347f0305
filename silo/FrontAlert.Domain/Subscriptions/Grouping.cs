namespace FrontAlert.Domain;

/// <summary>
/// The rules of grouped notification, pure: which group an alert joins, when a group is due, what a notification
/// does to it. The Subscription grain keeps the groups and sends them; everything it decides is decided here.
/// </summary>
public static class Grouping
{
    /// <summary>A storm of hundreds of places is still one notification; the stored group keeps its newest alerts.</summary>
    public const int MaxAlerts = 100;

    /// <summary>
    /// Whether the alert waits for others. A correction never does: it must reach people as soon as the claim falls,
    /// and it names the one alert it corrects.
    /// </summary>
    public static bool Groups(this Subscription subscription, Alert alert) =>
        subscription.GroupWaitSeconds > 0 && alert.Kind != RuleKind.Correction;

    /// <summary>The Scope an alert is grouped by: its Location's governorate, else the Location itself (a country-wide toll).</summary>
    public static string ScopeOf(Alert alert, Catalog catalog) =>
        alert.LocationId is var id && catalog.Locations.GetValueOrDefault(id)?.Kind == LocationKind.Governorate
            ? id
            : catalog.Ancestors(id).FirstOrDefault(a => catalog.Locations[a].Kind == LocationKind.Governorate) ?? id;

    public static string KeyOf(string ruleId, string scopeId) => $"{ruleId}@{scopeId}";

    /// <summary>The groups after the alert joined its own, opening it if none is open.</summary>
    public static IReadOnlyList<NotificationGroup> Join(IReadOnlyList<NotificationGroup> groups, Alert alert, string scopeId, Subscription subscription, DateTimeOffset now)
    {
        var key = KeyOf(alert.RuleId, scopeId);
        var open = groups.FirstOrDefault(g => g.Key == key);
        if (open is null)
        {
            var opened = new NotificationGroup
            {
                Key = key,
                Id = $"{key}#{alert.Seq}",
                RuleId = alert.RuleId,
                ScopeId = scopeId,
                OpenedAt = now,
                DueAt = now.AddSeconds(subscription.GroupWaitSeconds),
                Alerts = [alert],
                Total = 1,
            };
            return [.. groups, opened];
        }
        var joined = open with
        {
            Alerts = [.. open.Alerts.Skip(open.Alerts.Count >= MaxAlerts ? 1 : 0), alert],
            Total = open.Total + 1,
        };
        return Put(groups, key, joined);
    }

    /// <summary>
    /// The groups without an alert that a Correction says no longer holds, if it waits in a group that has not
    /// notified anyone yet (a group that has is not rewritten: the Correction goes out beside it). The same list when
    /// there is nothing to withdraw; a group left empty closes.
    /// </summary>
    public static IReadOnlyList<NotificationGroup> Withdraw(IReadOnlyList<NotificationGroup> groups, string alertId)
    {
        var holding = groups.FirstOrDefault(g => g.Notifications == 0 && g.Alerts.Any(a => a.Id == alertId));
        if (holding is null)
        {
            return groups;
        }
        var rest = holding with { Alerts = [.. holding.Alerts.Where(a => a.Id != alertId)], Total = holding.Total - 1 };
        return Put(groups, holding.Key, rest.Total > 0 ? rest : null);
    }

    /// <summary>The groups with the one of <paramref name="key"/> replaced by <paramref name="group"/>, or closed when it is null.</summary>
    public static IReadOnlyList<NotificationGroup> Put(IReadOnlyList<NotificationGroup> groups, string key, NotificationGroup? group) =>
        [.. groups.Select(g => g.Key == key ? group : g).OfType<NotificationGroup>()];

    /// <summary>Groups whose wait or interval is over, oldest first.</summary>
    public static IEnumerable<NotificationGroup> Due(IReadOnlyList<NotificationGroup> groups, DateTimeOffset now) =>
        groups.Where(g => g.DueAt <= now).OrderBy(g => g.DueAt);

    /// <summary>After a notification of the group: the next may follow an interval later, with whatever joined meanwhile.</summary>
    public static NotificationGroup Notified(NotificationGroup group, Subscription subscription, DateTimeOffset now) => group with
    {
        Sent = group.Total,
        Notifications = group.Notifications + 1,
        DueAt = now.AddSeconds(Math.Max(subscription.GroupIntervalSeconds, 1)),
    };

    /// <summary>When the grain must next look at its groups, if any are open.</summary>
    public static DateTimeOffset? NextDue(IReadOnlyList<NotificationGroup> groups) =>
        groups.Count == 0 ? null : groups.Min(g => g.DueAt);
}
