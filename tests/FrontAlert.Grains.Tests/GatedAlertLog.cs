using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// The real alert log with a gate in front: while closed, an append announces it was reached and then waits
/// forever, which lets a test kill the silo exactly between the state write and the log append.
/// </summary>
public sealed class GatedAlertLog(IAlertLog inner) : IAlertLog
{
    private static volatile bool _closed;

    public static bool Closed { get => _closed; set => _closed = value; }
    public static readonly TaskCompletionSource Reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<IReadOnlyList<Alert>> Append(IReadOnlyList<Alert> alerts)
    {
        if (Closed)
        {
            Reached.TrySetResult();
            await Task.Delay(Timeout.Infinite);
        }
        return await inner.Append(alerts);
    }

    public Task<IReadOnlyList<Alert>> Read(long after, int limit) => inner.Read(after, limit);

    public Task<IReadOnlyList<Alert>> ReadBefore(long before, int limit) => inner.ReadBefore(before, limit);

    public Task<long> LastSeq() => inner.LastSeq();

    public Task<LogEpoch> Epoch() => inner.Epoch();

    public Task<Alert?> Find(string id) => inner.Find(id);

    public Task<IReadOnlyList<Alert>> Latest(string ruleId, IReadOnlyList<string> locationIds) => inner.Latest(ruleId, locationIds);

    public Task<IReadOnlyList<Alert>> StandingOn(IReadOnlyList<string> reportIds) => inner.StandingOn(reportIds);

    public IDisposable OnAppended(Action appended) => inner.OnAppended(appended);
}
