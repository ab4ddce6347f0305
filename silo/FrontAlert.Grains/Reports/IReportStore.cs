using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// Every accepted report of every place, for the timeline and for duplicate checks older than a location's window.
/// Writes are idempotent by report id, so an interrupted filing can simply be repeated.
/// </summary>
public interface IReportStore
{
    Task Save(string locationId, IReadOnlyList<TimelineEntry> entries);

    /// <summary>The subset of <paramref name="reportIds"/> already filed for this place.</summary>
    Task<IReadOnlySet<string>> Known(string locationId, IReadOnlyList<string> reportIds);

    /// <summary>
    /// Where each of <paramref name="reportIds"/> was filed, for those filed anywhere: an id is a report's identity
    /// across all places, so the same id posted again for another place is still a duplicate.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> Places(IReadOnlyList<string> reportIds);

    /// <summary>Newest first by <c>observedAt</c>.</summary>
    Task<IReadOnlyList<TimelineEntry>> Timeline(string locationId, int limit);
}
