using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// A notification as Alertmanager's webhook payload, version 4, so Alertmanager receivers and chat bridges take it
/// unchanged: each alert firing, labelled with its rule, kind, severity and Location, its title and message as
/// annotations. A group is one payload with every alert of the group, grouped by rule and Scope, as Alertmanager groups.
/// </summary>
public static class AlertmanagerPayload
{
    public const string Version = "4";

    public static string For(Subscription subscription, Notification notification, string receiver = "frontalert")
    {
        var alerts = notification.Alerts.Select(a => (Labels: Labels(a), Annotations: Annotations(a), Alert: a)).ToList();
        var groupLabels = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["alertname"] = notification.Latest.RuleId };
        if (notification.Group is { } group)
        {
            groupLabels["groupScopeId"] = group.ScopeId;
        }
        var commonAnnotations = notification.Summary is { } summary
            ? new SortedDictionary<string, string>(StringComparer.Ordinal) { ["summary"] = summary.Title, ["description"] = summary.Message }
            : alerts[0].Annotations;
        var payload = new
        {
            version = Version,
            groupKey = $"{{}}/{{subscription=\"{subscription.Id}\"}}:{{{string.Join(", ", groupLabels.Select(l => $"{l.Key}=\"{l.Value}\""))}}}",
            truncatedAlerts = notification.Group is { } g ? g.Total - notification.Alerts.Count : 0,
            status = "firing",
            receiver,
            groupLabels,
            commonLabels = Common(alerts.Select(a => a.Labels).ToList()),
            commonAnnotations,
            externalURL = "",
            alerts = alerts.Select(a => new
            {
                status = "firing",
                labels = a.Labels,
                annotations = a.Annotations,
                startsAt = a.Alert.ObservedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                endsAt = "0001-01-01T00:00:00Z",
                generatorURL = "",
                fingerprint = Fingerprint(a.Alert.Id),
            }),
        };
        return JsonSerializer.Serialize(payload);
    }

    /// <summary>Alertmanager's fingerprints are 16 hex digits; this one is stable for the alert id.</summary>
    public static string Fingerprint(string alertId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alertId)))[..16];

    private static SortedDictionary<string, string> Labels(Alert alert)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["alertname"] = alert.RuleId,
            ["kind"] = EnumNames.Name(alert.Kind),
            ["severity"] = EnumNames.Name(alert.Severity),
            ["locationId"] = alert.LocationId,
            ["scopeId"] = alert.ScopeId,
        };
        if (alert.Confidence is { } confidence)
        {
            labels["confidence"] = EnumNames.Name(confidence);
        }
        return labels;
    }

    private static SortedDictionary<string, string> Annotations(Alert alert) => new(StringComparer.Ordinal)
    {
        ["summary"] = alert.Title,
        ["description"] = alert.Message,
        ["alertId"] = alert.Id,
        ["seq"] = alert.Seq.ToString(CultureInfo.InvariantCulture),
        ["locationName"] = alert.LocationName,
    };

    /// <summary>The labels every alert of the message shares, as Alertmanager's commonLabels.</summary>
    private static SortedDictionary<string, string> Common(IReadOnlyList<SortedDictionary<string, string>> labels) =>
        new(labels[0].Where(l => labels.All(other => other.TryGetValue(l.Key, out var v) && v == l.Value)).ToDictionary(), StringComparer.Ordinal);
}
