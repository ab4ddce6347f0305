namespace FrontAlert.Domain;

/// <summary>
/// What a grouped notification says, read at a glance on a lock screen: "HTS took 9 places in Aleppo Governorate"
/// and its places in the order they fell. A group of one says what its alert says.
/// </summary>
public sealed record GroupSummary(string Title, string Message, IReadOnlyList<string> LocationIds, Severity Severity)
{
    /// <summary>How many place names the message lists before "and N more".</summary>
    public const int Named = 10;

    public static GroupSummary Of(NotificationGroup group, Catalog catalog)
    {
        var alerts = group.Alerts;
        var latest = alerts[^1];
        var locations = alerts.Select(a => a.LocationId).Distinct(StringComparer.Ordinal).ToList();
        var severity = alerts.Max(a => a.Severity);
        if (group.Total == 1)
        {
            return new GroupSummary(latest.Title, latest.Message, locations, severity);
        }
        var scope = catalog.NameOf(group.ScopeId);
        var news = group.Notifications > 0 && group.Total > group.Sent ? $" ({group.Total - group.Sent} new)" : "";
        var title = Headline(group, catalog, locations.Count, scope) + news;
        var names = locations.Select(catalog.NameOf).ToList();
        var listed = string.Join(", ", names.Take(Named));
        var more = names.Count > Named ? $" and {names.Count - Named} more" : "";
        var dropped = group.Total > alerts.Count ? $" ({group.Total} alerts in all; the newest {alerts.Count} are listed.)" : "";
        return new GroupSummary(title, $"{listed}{more}.{dropped}", locations, severity);
    }

    private static string Headline(NotificationGroup group, Catalog catalog, int locations, string scope)
    {
        var alerts = group.Alerts;
        var takers = alerts.Select(a => a.To?.ActorId).Distinct().ToList();
        return alerts.All(a => a.Kind == RuleKind.ControlChange) && takers is [{ } taker]
            ? $"{catalog.ActorName(taker)} took {Places(locations)} in {scope}"
            : alerts.All(a => a.Kind == RuleKind.Strike)
                ? $"{group.Total} strikes on {Places(locations)} in {scope}"
                : $"{group.Total} alerts for {Places(locations)} in {scope}";
    }

    private static string Places(int n) => n == 1 ? "1 place" : $"{n} places";
}
