using System.Collections.Concurrent;
using System.Threading.Channels;
using FrontAlert.Domain;
using FrontAlert.Grains;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>
/// One connection's delivery: a single pump sends, in order, the replay of stored alerts after <c>afterSeq</c> and then
/// the live alerts this node's fan-out offers. The cursor (highest seq considered delivered) makes the switch from
/// replay to live seamless: live alerts already replayed are skipped, and none can be missed because the connection
/// is offered live alerts before its replay starts reading the log. Offering never blocks; a connection that falls
/// more than <see cref="Capacity"/> alerts behind is closed with a reason and resumes by <c>afterSeq</c>.
/// </summary>
public sealed class Subscriber(string connectionId, HubCallerContext context, SubscriberServices services)
{
    public const int Capacity = 10_000;

    private readonly Channel<object> _work = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, LocationUpdate> _updates = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private volatile Filter _filter = Filter.Nothing;
    private int _pending;
    private int _updatesQueued;
    private int _closed;
    private long _cursor;
    private Task? _pump;

    private sealed record Replay(long AfterSeq, Filter Before);

    private sealed record UpdatesReady;

    public string ConnectionId => connectionId;
    public Filter Filter => _filter;
    public long Cursor => Interlocked.Read(ref _cursor);

    public void Subscribe(Filter filter, long afterSeq)
    {
        var before = _filter;
        _filter = filter;
        services.Index.Update(this, before, filter);
        _work.Writer.TryWrite(new Replay(afterSeq, before));
        _pump ??= Task.Run(Pump);
    }

    public void Unsubscribe(Filter filter)
    {
        var before = _filter;
        _filter = filter;
        services.Index.Update(this, before, filter);
    }

    public void Offer(Alert alert)
    {
        if (Interlocked.Increment(ref _pending) > Capacity)
        {
            Close($"more than {Capacity:N0} alerts waiting: too slow; reconnect and resume with afterSeq");
            return;
        }
        _work.Writer.TryWrite(alert);
    }

    /// <summary>Keeps only the latest update per place; a slow map skips intermediate states, never alerts.</summary>
    public void Offer(LocationUpdate update)
    {
        _updates[update.LocationId] = update;
        if (Interlocked.Exchange(ref _updatesQueued, 1) == 0)
        {
            _work.Writer.TryWrite(new UpdatesReady());
        }
    }

    public async Task Stop()
    {
        services.Index.Remove(this, _filter);
        _work.Writer.TryComplete();
        await _stop.CancelAsync();
        if (_pump is not null)
        {
            await _pump;
        }
        _stop.Dispose();
    }

    private void Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            services.Logger.LogWarning("Closing hub connection {ConnectionId} at seq {Seq}: {Reason}", connectionId, Cursor, reason);
            _ = services.Hub.Clients.Client(connectionId).SendAsync("closing", new { reason, lastSeq = Cursor });
            context.Abort();
        }
    }

    private async Task Pump()
    {
        var token = _stop.Token;
        try
        {
            await foreach (var item in _work.Reader.ReadAllAsync(token))
            {
                switch (item)
                {
                    case Replay replay:
                        await Catchup(replay, token);
                        break;
                    case Alert alert:
                        Interlocked.Decrement(ref _pending);
                        await Live(alert, token);
                        break;
                    case UpdatesReady:
                        Interlocked.Exchange(ref _updatesQueued, 0);
                        foreach (var id in _updates.Keys)
                        {
                            if (_updates.TryRemove(id, out var update))
                            {
                                await Send("locationUpdated", update, token);
                            }
                        }
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
            services.Logger.LogWarning(e, "Delivery to hub connection {ConnectionId} failed", connectionId);
            Close("delivery failed; reconnect and resume with afterSeq");
        }
    }

    private async Task Live(Alert alert, CancellationToken token)
    {
        if (alert.Seq <= _cursor)
        {
            return; // already sent by the replay
        }
        if (_filter.Matches(alert, await services.Catalogs.Get()))
        {
            await Send("alert", alert, token);
        }
        Interlocked.Exchange(ref _cursor, alert.Seq);
    }

    private async Task Catchup(Replay replay, CancellationToken token)
    {
        const int Page = 500;
        var catalog = await services.Catalogs.Get();
        var delivered = _cursor;
        Interlocked.Exchange(ref _cursor, Math.Max(_cursor, replay.AfterSeq));
        for (var from = replay.AfterSeq; ;)
        {
            var page = await services.Log.Read(from, Page);
            foreach (var alert in page)
            {
                var sentBefore = alert.Seq <= delivered && replay.Before.Matches(alert, catalog);
                if (!sentBefore && _filter.Matches(alert, catalog))
                {
                    await Send("alert", alert, token);
                }
                from = alert.Seq;
                Interlocked.Exchange(ref _cursor, Math.Max(_cursor, alert.Seq));
            }
            if (page.Count < Page)
            {
                return;
            }
        }
    }

    private Task Send(string method, object payload, CancellationToken token) =>
        services.Hub.Clients.Client(connectionId).SendAsync(method, payload, token);
}
