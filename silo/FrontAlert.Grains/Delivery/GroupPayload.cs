using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// A group as its receivers read it. A webhook gets every alert of the group (<c>alerts[]</c>, the ones before
/// included, so a receiver that keeps only the newest message still has the whole storm). A push gets the summary and
/// as many alert ids as fit the one 4096-byte record a push may carry; the service worker shows the summary.
/// </summary>
public static class GroupPayload
{
    public static string Webhook(Notification n)
    {
        var body = Head(n);
        body["truncatedAlerts"] = n.Group!.Total - n.Alerts.Count;
        body["alerts"] = JsonSerializer.SerializeToNode(n.Alerts, DomainJson.Options);
        return body.ToJsonString();
    }

    public static string Push(Notification n)
    {
        var ids = n.Alerts.Select(a => a.Id).Reverse().ToList();
        while (true)
        {
            var group = Head(n);
            group["alertIds"] = new JsonArray([.. ids.Select(id => JsonValue.Create(id))]);
            var json = new JsonObject { ["group"] = group }.ToJsonString();
            if (Encoding.UTF8.GetByteCount(json) <= PushPayload.MaxBytes || ids.Count == 0)
            {
                return json;
            }
            ids.RemoveAt(ids.Count - 1);
        }
    }

    private static JsonObject Head(Notification n)
    {
        var group = n.Group!;
        var summary = n.Summary!;
        return new JsonObject
        {
            ["groupKey"] = group.Key,
            ["groupId"] = group.Id,
            ["ruleId"] = group.RuleId,
            ["scopeId"] = group.ScopeId,
            ["scopeName"] = n.ScopeName,
            ["title"] = Cut(summary.Title, 200),
            ["message"] = Cut(summary.Message, 600),
            ["severity"] = EnumNames.Name(summary.Severity),
            ["total"] = group.Total,
            ["new"] = group.Total - group.Sent,
            ["notification"] = group.Notifications + 1,
            ["seq"] = n.Latest.Seq,
            ["locationIds"] = new JsonArray([.. summary.LocationIds.Take(GroupSummary.Named).Select(id => JsonValue.Create(id))]),
            ["openedAt"] = group.OpenedAt,
        };
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
