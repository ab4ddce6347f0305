using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>A Subscription as the API shows it: what it listens to and how delivery goes; never its keys, secret or token.</summary>
public static class SubscriptionJson
{
    /// <summary>Typed, so the OpenAPI document's schema is the answer's own type and cannot drift from it.</summary>
    public static SubscriptionListing Render(SubscriptionView view)
    {
        var (s, d) = (view.Subscription, view.Delivery);
        var webPush = s.Channel == SubscriptionChannel.WebPush;
        return new SubscriptionListing(
            s.Id, s.Channel,
            Endpoint: webPush ? s.Endpoint : null,
            Url: webPush ? null : s.Endpoint,
            Format: webPush ? null : s.Format,
            s.ScopeIds, s.MinSeverity, s.Kinds, s.MinConfidence, s.GroupWaitSeconds, s.GroupIntervalSeconds, s.CreatedAt, d.Status,
            new DeliveryListing(d.Cursor, d.Epoch, d.Delivered, d.Failures, d.LastError, d.LastAttemptAt, d.LastDeliveredAt, d.NextAttemptAt),
            // Open groups: alerts that joined a group and wait for its next notification, or a group's quiet interval.
            [.. (view.Groups ?? []).Select(g => new GroupListing(g.Key, g.Id, g.RuleId, g.ScopeId, g.Total, g.Sent, g.Notifications, g.OpenedAt, g.DueAt))]);
    }
}
