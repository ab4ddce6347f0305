using FrontAlert.Domain;
using FrontAlert.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace FrontAlert.Web;

/// <summary>
/// One connection's delivery: one drain at a time sends, in order, the replay of stored alerts after <c>afterSeq</c>
/// and then the live alerts this node's fan-out offers. The cursor (highest seq considered delivered) makes the switch
/// from replay to live seamless: live alerts already replayed are skipped, and none can be missed because the
/// connection is offered live alerts before its replay starts reading the log. Offering never blocks; a connection
/// that falls more than <see cref="Capacity"/> alerts behind is closed with a reason and resumes by <c>afterSeq</c>.
/// The drain runs only while there is work, and the queue and the update map are empty between bursts: an idle
/// subscriber holds no task, channel or buffer, which at 10,000 connections is what decides the node's memory.
/// </summary>
public sealed class Subscriber(HubConnectionContext connection, SubscriberServices services)
{
    public const int Capacity = 10_000;

    /// <summary>Queued when the update map becomes non-empty: send the map's newest state per place.</summary>
    private static readonly object UpdatesReady = new();

    // One lock for the queue, the update map and the drain's state.
    private readonly Queue<object> _work = new();
    private Dictionary<string, LiveLocationUpdate>? _updates;
    private volatile Filter _filter = Filter.Nothing;
    private int _pending;
    private bool _draining;
    private bool _stopped;
    private int _closed;
    private long _cursor;
    private Task? _drain;

    private sealed record Replay(long AfterSeq, Filter Before, InvocationMessage? Reset);

    /// <summary>The log started a new epoch below this connection's cursor: tell the client, then go on from the fork.</summary>
    private sealed record Rewind(long To, InvocationMessage Reset);

    public string ConnectionId => connection.ConnectionId;
    public Filter Filter => _filter;
    public long Cursor => Interlocked.Read(ref _cursor);
    public CallBudget Budget { get; } = new();

    /// <summary><paramref name="reset"/>, when the hub moved the client's cursor, goes out first.</summary>
    public void Subscribe(Filter filter, long afterSeq, InvocationMessage? reset = null)
    {
        var before = _filter;
        _filter = filter;
        CountListening(before, filter);
        // The replay is queued ahead of every live alert the new scopes bring, but the drain starts only after the
        // index offers them, so the replay's read of the log cannot miss an alert that the fan-out has not yet offered.
        lock (_work)
        {
            _work.Enqueue(new Replay(afterSeq, before, reset));
        }
        services.Index.Update(this, before, filter);
        lock (_work)
        {
            StartDrain();
        }
    }

    /// <summary>
    /// Called by the fan-out, in order with its offers, when the log's new epoch forks below what it had offered: the
    /// alerts it offers next reuse seqs this connection already passed.
    /// </summary>
    public void Reset(string epoch, long fork)
    {
        lock (_work)
        {
            if (_stopped)
            {
                return;
            }
            _work.Enqueue(new Rewind(fork, HubMessages.Reset(epoch, fork, CursorCheck.Epoch)));
            StartDrain();
        }
    }

    public void Unsubscribe(Filter filter)
    {
        var before = _filter;
        _filter = filter;
        CountListening(before, filter);
        services.Index.Update(this, before, filter);
    }

    /// <summary>The subscribers gauge counts connections that listen to something, each once.</summary>
    private static void CountListening(Filter before, Filter after)
    {
        if (before.Listens != after.Listens)
        {
            FrontAlertTelemetry.HubSubscribers.Add(after.Listens ? 1 : -1);
        }
    }

    public void Offer(LiveAlert alert)
    {
        lock (_work)
        {
            if (_stopped)
            {
                return;
            }
            if (++_pending <= Capacity)
            {
                _work.Enqueue(alert);
                StartDrain();
                return;
            }
        }
        Close($"more than {Capacity:N0} alerts waiting: too slow; reconnect and resume with afterSeq");
    }

    /// <summary>Keeps only the latest update per place; a slow map skips intermediate states, never alerts.</summary>
    public void Offer(LiveLocationUpdate update)
    {
        lock (_work)
        {
            if (_stopped)
            {
                return;
            }
            if (_updates is null)
            {
                _updates = new Dictionary<string, LiveLocationUpdate>(StringComparer.Ordinal);
                _work.Enqueue(UpdatesReady);
                StartDrain();
            }
            _updates[update.LocationId] = update;
        }
    }

    public async Task Stop()
    {
        services.Index.Remove(this, _filter);
        CountListening(_filter, Filter.Nothing);
        Task? drain;
        lock (_work)
        {
            Discard();
            drain = _drain;
        }
        if (drain is not null)
        {
            await drain;
        }
    }

    private void Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            lock (_work)
            {
                Discard();
            }
            services.Logger.LogWarning("Closing hub connection {ConnectionId} at seq {Seq}: {Reason}", ConnectionId, Cursor, reason);
            _ = Say(reason, Cursor);
        }
    }

    /// <summary>The reason goes out before the abort (a second at most: the client may be the one not reading).</summary>
    private async Task Say(string reason, long lastSeq)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await connection.WriteAsync(HubMessages.Closing(reason, lastSeq), timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // the client will not hear why; it reconnects with afterSeq all the same
        }
        finally
        {
            connection.Abort();
        }
    }

    /// <summary>Under the lock: nothing more is queued or sent.</summary>
    private void Discard()
    {
        _stopped = true;
        _work.Clear();
        _updates = null;
        _pending = 0;
    }

    /// <summary>Under the lock.</summary>
    private void StartDrain()
    {
        if (!_draining && !_stopped && _work.Count > 0)
        {
            _draining = true;
            _drain = Task.Run(Drain);
        }
    }

    private object? Next()
    {
        lock (_work)
        {
            if (!_stopped && _work.TryDequeue(out var item))
            {
                if (item is LiveAlert)
                {
                    _pending--;
                }
                return item;
            }
            _draining = false;
            _drain = null; // nothing more to wait for; an idle subscriber keeps no finished task either
            _work.TrimExcess(); // the queue's array goes between bursts
            return null;
        }
    }

    private async Task Drain()
    {
        // aborted when the connection closes: a write blocked on a client that stopped reading ends with it
        var token = connection.ConnectionAborted;
        try
        {
            while (Next() is { } item)
            {
                switch (item)
                {
                    case LiveAlert alert:
                        await Live(alert, token);
                        break;
                    case Replay replay:
                        await Catchup(replay, token);
                        break;
                    case Rewind rewind:
                        await connection.WriteAsync(rewind.Reset, token);
                        Interlocked.Exchange(ref _cursor, Math.Min(_cursor, rewind.To));
                        break;
                    default:
                        await SendUpdates(token);
                        break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the connection is gone
        }
        catch (Exception e)
        {
            services.Logger.LogWarning(e, "Delivery to hub connection {ConnectionId} failed", ConnectionId);
            Close("delivery failed; reconnect and resume with afterSeq");
        }
    }

    private async Task Live(LiveAlert live, CancellationToken token)
    {
        var alert = live.Alert;
        if (alert.Seq <= _cursor)
        {
            return; // already sent by the replay
        }
        if (_filter.Matches(alert, await services.Catalogs.Get()))
        {
            await connection.WriteAsync(live.Message, token);
            Delivered(alert);
        }
        Interlocked.Exchange(ref _cursor, alert.Seq);
    }

    private async Task Catchup(Replay replay, CancellationToken token)
    {
        const int Page = 500;
        var replayed = 0L;
        var catalog = await services.Catalogs.Get();
        var delivered = _cursor;
        if (replay.Reset is { } reset)
        {
            await connection.WriteAsync(reset, token);
            // the client's cursor moved back: whatever this connection passed above it is not vouched for either
            delivered = Math.Min(delivered, replay.AfterSeq);
            Interlocked.Exchange(ref _cursor, replay.AfterSeq);
        }
        Interlocked.Exchange(ref _cursor, Math.Max(_cursor, replay.AfterSeq));
        // this connection's own replay: framed into its own buffer and written straight into its pipe, no shared copy
        var frames = new ReplayFrames(connection.Protocol);
        var reading = services.Log.ReadLogged(replay.AfterSeq, Page);
        while (true)
        {
            var page = await reading;
            // the next page is read while this one is written: a long replay overlaps the two
            reading = page.Count == Page ? services.Log.ReadLogged(page[^1].Seq, Page) : Task.FromResult<IReadOnlyList<LoggedAlert>>([]);
            foreach (var alert in page)
            {
                var sentBefore = alert.Seq <= delivered && replay.Before.Matches(alert, catalog);
                if (!sentBefore && _filter.Matches(alert, catalog))
                {
                    // not a lag sample: a replayed alert's age is how long the client was away, not FrontAlert's delay
                    frames.Add(alert);
                    replayed++;
                }
                if (frames.Full)
                {
                    await Write(frames, alert.Seq, token);
                }
            }
            if (page.Count > 0)
            {
                await Write(frames, page[^1].Seq, token);
            }
            if (page.Count < Page)
            {
                FrontAlertTelemetry.ReplaySize.Record(replayed);
                return;
            }
        }
    }

    /// <summary>The frames gathered so far go out; the cursor then passes every alert considered up to <paramref name="through"/>.</summary>
    private async Task Write(ReplayFrames frames, long through, CancellationToken token)
    {
        if (!frames.Empty)
        {
            await connection.WriteAsync(frames.Message(), token);
            frames.Clear();
        }
        Interlocked.Exchange(ref _cursor, Math.Max(_cursor, through));
    }

    /// <summary>
    /// A live alert written into the connection's pipe: from here the transport sends it without waiting on FrontAlert.
    /// </summary>
    private static void Delivered(Alert alert) =>
        FrontAlertTelemetry.DeliveryLag.Record(Math.Max(0, (DateTimeOffset.UtcNow - alert.RaisedAt).TotalSeconds));

    private async Task SendUpdates(CancellationToken token)
    {
        Dictionary<string, LiveLocationUpdate>? updates;
        lock (_work)
        {
            (updates, _updates) = (_updates, null);
        }
        foreach (var update in updates?.Values ?? Enumerable.Empty<LiveLocationUpdate>())
        {
            await connection.WriteAsync(update.Message, token);
        }
    }
}
