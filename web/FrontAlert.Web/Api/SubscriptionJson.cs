using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>A Subscription as the API shows it: what it listens to and how delivery goes; never its keys, secret or token.</summary>
public static class SubscriptionJson
{
    public static object Render(SubscriptionView view)
    {
        var (s, d) = (view.Subscription, view.Delivery);
        var webPush = s.Channel == SubscriptionChannel.WebPush;
        return new
        {
            id = s.Id,
            channel = s.Channel,
            endpoint = webPush ? s.Endpoint : null,
            url = webPush ? null : s.Endpoint,
            format = webPush ? (WebhookFormat?)null : s.Format,
            scopeIds = s.ScopeIds,
            minSeverity = s.MinSeverity,
            kinds = s.Kinds,
            minConfidence = s.MinConfidence,
            groupWaitSeconds = s.GroupWaitSeconds,
            groupIntervalSeconds = s.GroupIntervalSeconds,
            createdAt = s.CreatedAt,
            status = d.Status,
            delivery = new
            {
                cursor = d.Cursor,
                epoch = d.Epoch,
                delivered = d.Delivered,
                failures = d.Failures,
                lastError = d.LastError,
                lastAttemptAt = d.LastAttemptAt,
                lastDeliveredAt = d.LastDeliveredAt,
                nextAttemptAt = d.NextAttemptAt,
            },
            // Open groups: alerts that joined a group and wait for its next notification, or a group's quiet interval.
            groups = (view.Groups ?? []).Select(g => new
            {
                groupKey = g.Key,
                groupId = g.Id,
                ruleId = g.RuleId,
                scopeId = g.ScopeId,
                total = g.Total,
                notified = g.Sent,
                notifications = g.Notifications,
                openedAt = g.OpenedAt,
                dueAt = g.DueAt,
            }),
        };
    }
}
