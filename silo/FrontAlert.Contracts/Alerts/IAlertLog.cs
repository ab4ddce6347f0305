using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>
/// The durable, ordered history of every alert. <see cref="Append"/> is idempotent by alert id: appending an alert
/// already logged returns it with its original <c>seq</c>, so an outbox may be flushed again after a crash.
/// </summary>
public interface IAlertLog
{
    Task<IReadOnlyList<Alert>> Append(IReadOnlyList<Alert> alerts);

    /// <summary>Alerts with <c>seq</c> greater than <paramref name="after"/>, in order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Alert>> Read(long after, int limit);

    /// <summary>
    /// As <see cref="Read(long, int)"/>, for readers that read the same pages at once (every Subscription on a silo):
    /// the page may come from a silo-wide cache, but it holds every alert up to <paramref name="known"/> (a seq the
    /// caller knows the log reached) or is a full page. Callers that must see the log as it is now use the other.
    /// </summary>
    Task<IReadOnlyList<Alert>> Read(long after, int limit, long known) => Read(after, limit);

    /// <summary>
    /// As <see cref="Read(long, int)"/> (read from the store, never a cache), but each alert as the log stores it, not
    /// parsed: for a reader that passes most alerts on as they are (the hub's replay writes the stored JSON).
    /// </summary>
    async Task<IReadOnlyList<LoggedAlert>> ReadLogged(long after, int limit) => [.. (await Read(after, limit)).Select(LoggedAlert.Of)];

    /// <summary>Alerts with <c>seq</c> below <paramref name="before"/>, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Alert>> ReadBefore(long before, int limit);

    Task<long> LastSeq();

    /// <summary>
    /// The log's epoch, last seq and epoch history, read atomically. When the store lost data since the log last
    /// looked (Redis came back on a shorter or older AOF), this is what starts the new epoch. Alerts read through
    /// <see cref="Read"/> and <see cref="ReadBefore"/> carry the epoch in <see cref="Alert.Epoch"/>.
    /// </summary>
    Task<LogEpoch> Epoch();

    /// <summary>The logged alert with this id, or null.</summary>
    Task<Alert?> Find(string id);

    /// <summary>
    /// The latest logged alert of <paramref name="ruleId"/> for each of <paramref name="locationIds"/> that has one
    /// (corrections and contested alerts excepted): what an inhibit rule listens to.
    /// </summary>
    Task<IReadOnlyList<Alert>> Latest(string ruleId, IReadOnlyList<string> locationIds);

    /// <summary>Logged alerts that name any of <paramref name="reportIds"/> among their reports (what a retraction may undo).</summary>
    Task<IReadOnlyList<Alert>> StandingOn(IReadOnlyList<string> reportIds);

    /// <summary>Calls <paramref name="appended"/> (on any thread, possibly coalesced) after alerts are appended anywhere.</summary>
    IDisposable OnAppended(Action appended);
}
