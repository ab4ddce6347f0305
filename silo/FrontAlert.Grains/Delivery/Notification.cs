using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// One message to one Subscription: a single alert, or a group's alerts with what the group says of them.
/// <see cref="Id"/> is the webhook-id, the same on every attempt of this message and different for each update of a
/// group; <see cref="Topic"/> makes a push service replace an undelivered earlier message of the same alert or group.
/// </summary>
public sealed record Notification(string Id, string Topic, Severity Severity, IReadOnlyList<Alert> Alerts, NotificationGroup? Group = null, GroupSummary? Summary = null, string? ScopeName = null)
{
    public static Notification Of(Alert alert) => new(alert.Id, PushTopic.For(alert), alert.Severity, [alert]);

    public static Notification Of(NotificationGroup group, Catalog catalog)
    {
        var summary = GroupSummary.Of(group, catalog);
        return new Notification($"{group.Id}/{group.Total}", PushTopic.For(group.Key), summary.Severity, group.Alerts, group, summary, catalog.NameOf(group.ScopeId));
    }

    /// <summary>The newest alert in the message: what a receiver that shows one thing shows.</summary>
    public Alert Latest => Alerts[^1];
}
