using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// An alert as Alertmanager's webhook payload, version 4, so Alertmanager receivers and chat bridges take it unchanged:
/// one firing alert labelled with its rule, kind, severity and Location; the title and message as annotations.
/// </summary>
public static class AlertmanagerPayload
{
    public const string Version = "4";

    public static string For(Subscription subscription, Alert alert, string receiver = "frontalert")
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
        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["summary"] = alert.Title,
            ["description"] = alert.Message,
            ["alertId"] = alert.Id,
            ["seq"] = alert.Seq.ToString(CultureInfo.InvariantCulture),
            ["locationName"] = alert.LocationName,
        };
        var groupLabels = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["alertname"] = alert.RuleId };
        var payload = new
        {
            version = Version,
            groupKey = $"{{}}/{{subscription=\"{subscription.Id}\"}}:{{alertname=\"{alert.RuleId}\"}}",
            truncatedAlerts = 0,
            status = "firing",
            receiver,
            groupLabels,
            commonLabels = labels,
            commonAnnotations = annotations,
            externalURL = "",
            alerts = new[]
            {
                new
                {
                    status = "firing",
                    labels,
                    annotations,
                    startsAt = alert.ObservedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                    endsAt = "0001-01-01T00:00:00Z",
                    generatorURL = "",
                    fingerprint = Fingerprint(alert.Id),
                },
            },
        };
        return JsonSerializer.Serialize(payload);
    }

    /// <summary>Alertmanager's fingerprints are 16 hex digits; this one is stable for the alert id.</summary>
    public static string Fingerprint(string alertId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alertId)))[..16];
}
