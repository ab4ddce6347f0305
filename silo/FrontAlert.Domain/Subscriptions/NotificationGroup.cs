namespace FrontAlert.Domain;

/// <summary>
/// Alerts of one Rule in one Scope (the governorate of their Locations) that a Subscription notifies together, the way
/// Alertmanager groups: the first alert opens the group and waits <see cref="Subscription.GroupWaitSeconds"/> for
/// others; after each notification, alerts that joined since go out as one update no sooner than
/// <see cref="Subscription.GroupIntervalSeconds"/> later; a group that gained nothing in an interval closes.
/// Kept in the Subscription's stored state, so the cursor may pass an alert once it has joined a group.
/// </summary>
public sealed record NotificationGroup
{
    /// <summary>The Rule and the Scope: alerts with the same key join the same open group. Also the push Topic's source.</summary>
    public required string Key { get; init; }

    /// <summary>Unique per opening of a group (the key and the first alert's seq): the webhook-id's stem.</summary>
    public required string Id { get; init; }
    public required string RuleId { get; init; }
    public required string ScopeId { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>When to notify (the wait or the interval ends), or, when nothing joined since the last notification, to close.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Every alert that joined, up to <see cref="Grouping.MaxAlerts"/> (the newest are kept); <see cref="Total"/> counts all.</summary>
    public IReadOnlyList<Alert> Alerts { get; init; } = [];
    public int Total { get; init; }

    /// <summary><see cref="Total"/> when the last notification went out: more than that is news to send.</summary>
    public int Sent { get; init; }

    /// <summary>How many notifications this group has sent: the first is the alert, the others update it.</summary>
    public int Notifications { get; init; }

    public bool HasNews => Total > Sent;
}
