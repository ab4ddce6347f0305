using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// This node's subscribers by scope, so an alert is offered only to connections whose scopes contain its place:
/// a handful of dictionary lookups (the place and its ancestors), never a scan of every connection.
/// </summary>
public sealed class SubscriptionIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<Subscriber>> _byScope = new(StringComparer.Ordinal);
    private readonly HashSet<Subscriber> _everything = [];

    public int Count { get { lock (_lock) { return _everything.Count + _byScope.Values.Sum(s => s.Count); } } }

    public void Update(Subscriber subscriber, Filter before, Filter after)
    {
        lock (_lock)
        {
            Remove(subscriber, before);
            if (after.Everything)
            {
                _everything.Add(subscriber);
            }
            foreach (var scope in after.Everything ? [] : after.Scopes)
            {
                if (!_byScope.TryGetValue(scope, out var set))
                {
                    _byScope[scope] = set = [];
                }
                set.Add(subscriber);
            }
        }
    }

    public void Remove(Subscriber subscriber, Filter filter)
    {
        lock (_lock)
        {
            _everything.Remove(subscriber);
            foreach (var scope in filter.Scopes)
            {
                if (_byScope.TryGetValue(scope, out var set) && set.Remove(subscriber) && set.Count == 0)
                {
                    _byScope.Remove(scope);
                }
            }
        }
    }

    /// <summary>The subscribers whose scopes contain the place (each once).</summary>
    public List<Subscriber> For(string locationId, Domain.Catalog catalog)
    {
        var found = new HashSet<Subscriber>();
        lock (_lock)
        {
            found.UnionWith(_everything);
            foreach (var id in catalog.Ancestors(locationId).Prepend(locationId))
            {
                if (_byScope.TryGetValue(id, out var set))
                {
                    found.UnionWith(set);
                }
            }
        }
        return [.. found];
    }
}
