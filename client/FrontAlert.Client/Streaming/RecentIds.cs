namespace FrontAlert.Client;

/// <summary>
/// The ids of the last <c>capacity</c> alerts, for dropping a repeat that a reconnect or a server hiccup delivers
/// again. Bounded so a stream that runs for months does not grow; the seq check covers anything older.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>False when the id was seen recently.</summary>
    public bool Add(string id)
    {
        if (!_set.Add(id))
        {
            return false;
        }
        _order.Enqueue(id);
        if (_order.Count > capacity)
        {
            _set.Remove(_order.Dequeue());
        }
        return true;
    }

    public int Count => _set.Count;
}
