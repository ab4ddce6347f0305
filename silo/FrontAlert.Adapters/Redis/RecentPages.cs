using System.Collections.Concurrent;
using FrontAlert.Domain;

namespace FrontAlert.Adapters;

/// <summary>
/// The alert log's recent pages, shared by every reader on this silo that says how far it knows the log reached: when
/// an alert is appended, every Subscription grain reads the page after its cursor, and most cursors are the same, so
/// one Redis read serves them all. A page is served only while it is of the log's current epoch (a new epoch drops
/// every page: seqs above its fork may name other alerts), and only if it is full (a full page of one epoch never
/// changes) or reaches the caller's known seq and is younger than <see cref="ShortLife"/>. Otherwise the caller starts
/// a fresh read that later callers share. At most <see cref="MaxPages"/> pages; the oldest cursors' pages go first.
/// </summary>
public sealed class RecentPages(Func<long, int, Task<(string? Epoch, IReadOnlyList<Alert> Alerts)>> read)
{
    public const int MaxPages = 32;
    private static readonly TimeSpan ShortLife = TimeSpan.FromSeconds(1);

    private sealed record Page(string? Epoch, IReadOnlyList<Alert> Alerts, long Top, bool Full, long ReadAt);

    private readonly ConcurrentDictionary<(long After, int Limit), Task<Page>> _pages = new();
    private volatile string? _epoch;

    /// <summary>Pages and epoch reads report the epoch they saw: a change drops every page.</summary>
    public void Observe(string? epoch)
    {
        if (epoch is not null && epoch != _epoch)
        {
            _epoch = epoch;
            _pages.Clear();
        }
    }

    public async Task<IReadOnlyList<Alert>> Read(long after, int limit, long known)
    {
        var key = (after, limit);
        if (_pages.TryGetValue(key, out var cached))
        {
            if (await Settled(cached) is { } page && Serves(page, known))
            {
                return page.Alerts;
            }
            // the first caller to find it stale starts the fresh read; the others share it (it began after they asked)
            var placeholder = new TaskCompletionSource<Page>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_pages.TryUpdate(key, placeholder.Task, cached))
            {
                return (await Fill(placeholder, after, limit)).Alerts;
            }
        }
        var mine = new TaskCompletionSource<Page>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _pages.GetOrAdd(key, mine.Task);
        if (shared == mine.Task)
        {
            Bound();
            return (await Fill(mine, after, limit)).Alerts;
        }
        return (await shared).Alerts;
    }

    private static async Task<Page?> Settled(Task<Page> page)
    {
        try
        {
            return await page;
        }
        catch (Exception)
        {
            return null; // a read that failed is stale: the next caller reads again
        }
    }

    private bool Serves(Page page, long known) =>
        page.Epoch is not null && page.Epoch == _epoch
        && (page.Full || (page.Top >= known && Environment.TickCount64 - page.ReadAt < ShortLife.TotalMilliseconds));

    private async Task<Page> Fill(TaskCompletionSource<Page> slot, long after, int limit)
    {
        var at = Environment.TickCount64;
        try
        {
            var (epoch, alerts) = await read(after, limit);
            Observe(epoch);
            var page = new Page(epoch, alerts, alerts.Count > 0 ? alerts[^1].Seq : after, alerts.Count >= limit, at);
            slot.TrySetResult(page);
            return page;
        }
        catch (Exception e)
        {
            slot.TrySetException(e);
            throw;
        }
    }

    private void Bound()
    {
        if (_pages.Count > MaxPages)
        {
            foreach (var key in _pages.Keys.OrderBy(k => k.After).Take(_pages.Count - MaxPages))
            {
                _pages.TryRemove(key, out _);
            }
        }
    }
}
