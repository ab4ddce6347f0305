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

    /// <summary>The filed reports among <paramref name="reportIds"/>, whatever their place, with the place they were filed for.</summary>
    Task<IReadOnlyDictionary<string, FiledReport>> Find(IReadOnlyList<string> reportIds);

    /// <summary>Every report filed for the place, in no particular order: what a retraction recounts from.</summary>
    Task<IReadOnlyList<Report>> History(string locationId);

    /// <summary>Newest first by <c>observedAt</c>.</summary>
    Task<IReadOnlyList<TimelineEntry>> Timeline(string locationId, int limit);
}
