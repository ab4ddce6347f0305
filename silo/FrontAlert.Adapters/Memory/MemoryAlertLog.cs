using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Adapters;

/// <summary>The embedded default's alert log: one process, gone on restart.</summary>
public sealed class MemoryAlertLog : IAlertLog
{
    private readonly Lock _lock = new();
    private readonly List<Alert> _alerts = [];
    private readonly Dictionary<string, Alert> _byId = new(StringComparer.Ordinal);

    private event Action? Appended;

    /// <summary>A new epoch per process: a restart loses everything, so no cursor from before it can be vouched for.</summary>
    public string EpochId { get; } = EpochIds.New();

    public IDisposable OnAppended(Action appended)
    {
        Appended += appended;
        return new Unwatch(() => Appended -= appended);
    }

    public Task<IReadOnlyList<Alert>> Append(IReadOnlyList<Alert> alerts)
    {
        var logged = Add(alerts);
        Appended?.Invoke();
        return Task.FromResult(logged);
    }

    private IReadOnlyList<Alert> Add(IReadOnlyList<Alert> alerts)
    {
        lock (_lock)
        {
            var logged = alerts.Select(a =>
            {
                if (!_byId.TryGetValue(a.Id, out var known))
                {
                    known = a with { Seq = _alerts.Count + 1 };
                    _alerts.Add(known);
                    _byId[a.Id] = known;
                }
                return known;
            }).ToList();
            return logged;
        }
    }

    public Task<IReadOnlyList<Alert>> Read(long after, int limit)
    {
        lock (_lock)
        {
            var start = (int)Math.Clamp(after, 0, _alerts.Count);
            return Task.FromResult<IReadOnlyList<Alert>>([.. _alerts.GetRange(start, Math.Min(limit, _alerts.Count - start)).Select(Stamp)]);
        }
    }

    public Task<IReadOnlyList<Alert>> ReadBefore(long before, int limit)
    {
        lock (_lock)
        {
            var end = (int)Math.Clamp(before - 1, 0, _alerts.Count);
            var start = Math.Max(0, end - limit);
            return Task.FromResult<IReadOnlyList<Alert>>([.. _alerts.GetRange(start, end - start).AsEnumerable().Reverse().Select(Stamp)]);
        }
    }

    public Task<Alert?> Find(string id)
    {
        lock (_lock)
        {
            return Task.FromResult(_byId.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<Alert>> Latest(string ruleId, IReadOnlyList<string> locationIds)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Alert>>([.. _alerts
                .Where(a => a.RuleId == ruleId && a.Kind is not (RuleKind.Correction or RuleKind.Contested) && locationIds.Contains(a.LocationId))
                .GroupBy(a => a.LocationId)
                .Select(g => g.Last())]);
        }
    }

    public Task<IReadOnlyList<Alert>> StandingOn(IReadOnlyList<string> reportIds)
    {
        lock (_lock)
        {
            // A scan: the embedded default holds one process's alerts, and retractions are rare.
            return Task.FromResult<IReadOnlyList<Alert>>([.. _alerts.Where(a => a.ReportIds.Any(reportIds.Contains))]);
        }
    }

    public Task<long> LastSeq()
    {
        lock (_lock)
        {
            return Task.FromResult((long)_alerts.Count);
        }
    }

    public Task<LogEpoch> Epoch()
    {
        lock (_lock)
        {
            return Task.FromResult(new LogEpoch(EpochId, _alerts.Count, [new EpochStart(EpochId, 0)]));
        }
    }

    private Alert Stamp(Alert alert) => alert with { Epoch = EpochId };
}
