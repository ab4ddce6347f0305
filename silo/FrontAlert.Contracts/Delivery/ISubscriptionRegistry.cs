namespace FrontAlert.Contracts;

/// <summary>
/// Every Subscription id with its owner: what the operator lists, what the silos nudge when alerts are appended, and
/// where the cap per client address is counted. The Subscriptions themselves live in their grains.
/// </summary>
public interface ISubscriptionRegistry
{
    /// <summary>Adds the id unless <paramref name="owner"/> already holds <paramref name="cap"/> (0: no cap); false when full.</summary>
    Task<bool> TryAdd(string id, string owner, int cap);

    Task Remove(string id);

    Task<IReadOnlyList<string>> Ids();
}
