using FrontAlert.Domain;
using Orleans.Concurrency;

namespace FrontAlert.Contracts;

/// <summary>
/// One Subscription (key: its id) and its deliverer: exactly one activation in the cluster follows the alert log from
/// the Subscription's durable cursor, and it moves to another silo when its silo dies.
/// </summary>
[Alias("FrontAlert.ISubscriptionGrain")]
public interface ISubscriptionGrain : IGrainWithStringKey
{
    /// <summary>Stores the Subscription; delivery starts with the alerts logged after this call. False if the id is taken.</summary>
    [Alias("Create")] Task<bool> Create(Subscription subscription);

    /// <summary>The Subscription and its delivery state, or null if there is none.</summary>
    [AlwaysInterleave, Alias("View")] Task<SubscriptionView?> View();

    /// <summary>Removes the Subscription; nothing more is sent. False if there was none.</summary>
    [Alias("Remove")] Task<bool> Remove();

    /// <summary>Alerts up to <paramref name="lastSeq"/> are in the log: deliver any this Subscription has not had yet.</summary>
    [OneWay, AlwaysInterleave, Alias("Nudge")] Task Nudge(long lastSeq);
}
