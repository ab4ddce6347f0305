using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>
/// Every accepted report of every place, for the timeline and for duplicate checks older than a location's window.
/// Writes are idempotent by report id, so an interrupted filing can simply be repeated.
/// </summary>
public interface IReportStore
{
    Task Save(string locationId, IReadOnlyList<TimelineEntry> entries);

    /// <summary>
    /// The subset of <paramref name="reportIds"/> already filed, for any place: an id is a report's identity across all
    /// places, so the same id posted again, for this place or another, is a duplicate.
    /// </summary>
    Task<IReadOnlySet<string>> Filed(IReadOnlyList<string> reportIds);

    /// <summary>Newest first by <c>observedAt</c>.</summary>
    Task<IReadOnlyList<TimelineEntry>> Timeline(string locationId, int limit);
}
