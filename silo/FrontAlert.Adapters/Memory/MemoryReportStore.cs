using FrontAlert.Contracts;
using System.Collections.Concurrent;
using FrontAlert.Domain;

namespace FrontAlert.Adapters;

/// <summary>The embedded default's report store: one process, gone on restart.</summary>
public sealed class MemoryReportStore : IReportStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, TimelineEntry>> _places = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _placeOf = new(StringComparer.Ordinal);

    public Task Save(string locationId, IReadOnlyList<TimelineEntry> entries)
    {
        var place = Place(locationId);
        foreach (var entry in entries)
        {
            place[entry.Report.Id] = entry;
            _placeOf.TryAdd(entry.Report.Id, locationId);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> Filed(IReadOnlyList<string> reportIds) =>
        Task.FromResult<IReadOnlySet<string>>(reportIds.Where(_placeOf.ContainsKey).ToHashSet(StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, FiledReport>> Find(IReadOnlyList<string> reportIds) =>
        Task.FromResult<IReadOnlyDictionary<string, FiledReport>>(reportIds
            .Distinct(StringComparer.Ordinal)
            .Select(id => _placeOf.TryGetValue(id, out var place) && Place(place).TryGetValue(id, out var entry) ? new FiledReport(place, entry.Report) : null)
            .OfType<FiledReport>()
            .ToDictionary(f => f.Report.Id, StringComparer.Ordinal));

    public Task<IReadOnlyList<Report>> History(string locationId) =>
        Task.FromResult<IReadOnlyList<Report>>([.. Place(locationId).Values.Select(e => e.Report)]);

    public Task<IReadOnlyList<TimelineEntry>> Timeline(string locationId, int limit) =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>(
            [.. Place(locationId).Values.OrderByDescending(e => e.Report.ObservedAt).ThenByDescending(e => e.Report.Id, StringComparer.Ordinal).Take(limit)]);

    private ConcurrentDictionary<string, TimelineEntry> Place(string locationId) =>
        _places.GetOrAdd(locationId, _ => new(StringComparer.Ordinal));
}
