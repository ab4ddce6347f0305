using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Client;

/// <summary>
/// Live alerts from the hub <c>/hubs/alerts</c>, as an endless <see cref="IAsyncEnumerable{T}"/> that survives
/// anything short of cancellation: after every close (the server drops slow readers on purpose; a web node may
/// restart) it reconnects with jittered back-off and subscribes again after the last seq it yielded, so the server
/// replays exactly what was missed. Repeats (by id, or a seq not above the last) are dropped, so what comes out is in
/// strictly increasing seq order within one epoch of the log, each alert once. When the server cannot vouch for the
/// cursor (the log lost alerts and started a new epoch, or more was missed than one replay gives) it says
/// <c>reset</c>: the stream tells <see cref="AlertStreamOptions.OnStatus"/> (<see cref="AlertStreamState.Reset"/>),
/// moves its cursor where the server says and goes on, so the alerts that now take seqs it passed are not dropped.
/// </summary>
public sealed class AlertStream(Uri server, string? apiKey = null, Action<HttpConnectionOptions>? configureConnection = null)
{
    private readonly Uri _hub = ServerAddress.Hub(ServerAddress.Normalize(server));

    /// <summary>
    /// Reads until <paramref name="cancel"/> fires (an <see cref="OperationCanceledException"/>) or the server refuses
    /// the subscription itself: a <see cref="HubException"/> with its reason (e.g. an unknown scope), or an
    /// <see cref="HttpRequestException"/> with 401/403 for a bad key. The seq
    /// of an alert is saved once the caller asks for the next one, or leaves the loop: an app that crashes while
    /// handling an alert sees it again, one that handled it does not.
    /// </summary>
    public async IAsyncEnumerable<Alert> Read(AlertStreamOptions options, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        var store = options.SeqStore;
        var last = options.AfterSeq ?? (store is null ? null : await store.Load(cancel)) ?? 0;
        var epoch = options.AfterSeq is null && store is not null ? await store.LoadEpoch(cancel) : options.Epoch;
        var saved = last;
        var sinceSave = Stopwatch.StartNew();
        var seen = new RecentIds(options.RememberedIds);
        var backoff = new Backoff(options.FirstRetryDelay, options.MaxRetryDelay);
        try
        {
            while (true)
            {
                await using var session = new HubSession(_hub, apiKey, options.Buffer, configureConnection, options.Protocol);
                options.OnStatus?.Invoke(new(AlertStreamState.Connecting, last));
                var opened = await Open(session, new SubscribeRequest(options.ScopeIds, options.MinSeverity, last, epoch), cancel);
                var yielded = false;
                var started = Stopwatch.StartNew();
                if (opened is null)
                {
                    options.OnStatus?.Invoke(new(AlertStreamState.Live, last));
                    while (await session.Next(cancel) is { } item)
                    {
                        if (item is StreamReset reset)
                        {
                            (last, epoch) = (reset.LastSeq, reset.Epoch);
                            options.OnStatus?.Invoke(new(AlertStreamState.Reset, last, Reset: reset));
                            if (store is not null)
                            {
                                await store.Save(last, epoch, cancel);
                                saved = last;
                            }
                            continue;
                        }
                        var alert = (Alert)item;
                        // a repeat by id is dropped even across a reset: an alert the log lost and logged again is the same alert
                        if (alert.Seq <= last || !seen.Add(alert.Id))
                        {
                            continue;
                        }
                        last = alert.Seq;
                        epoch = alert.Epoch ?? epoch;
                        yielded = true;
                        yield return alert;
                        // The caller came back for more, so it has handled this one.
                        if (store is not null && (session.Buffered == 0 || sinceSave.Elapsed >= options.SaveInterval))
                        {
                            await store.Save(last, epoch, cancel);
                            saved = last;
                            sinceSave.Restart();
                        }
                    }
                }
                // A connection that worked resets the back-off; one that opens and closes at once must not spin.
                if (yielded || started.Elapsed > TimeSpan.FromSeconds(5))
                {
                    backoff.Reset();
                }
                var wait = backoff.Next();
                var why = opened ?? session.ClosedBy ?? (session.ClosingReason is { } reason ? new IOException("connection closed: " + reason) : null);
                options.OnStatus?.Invoke(new(AlertStreamState.Disconnected, last, why, wait));
                await Task.Delay(wait, cancel);
            }
        }
        finally
        {
            if (store is not null && saved != last)
            {
                await store.Save(last, epoch, CancellationToken.None);
            }
        }
    }

    /// <summary>Connects and subscribes; null when live, else the transient failure to retry after. Rethrows what retrying cannot fix.</summary>
    private static async Task<Exception?> Open(HubSession session, SubscribeRequest request, CancellationToken cancel)
    {
        try
        {
            await session.Open(request, cancel);
            return null;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
        catch (HubException e) when (Refusal(e) is { } reason)
        {
            // The hub named what is wrong with the subscription: the same request would fail the same way.
            throw new HubException(reason, e);
        }
        catch (HttpRequestException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw;
        }
        catch (Exception e)
        {
            return e; // refused connection, reset, 5xx, a node shutting down, a close during the subscribe: try again
        }
    }

    /// <summary>
    /// The hub's own words when it refused on purpose. SignalR sends a HubException the hub threw as
    /// "An unexpected error occurred invoking 'X' on the server. HubException: reason", and any other server exception
    /// (Redis or the cluster failing for a moment) without that part, which is worth a retry.
    /// </summary>
    private static string? Refusal(HubException e)
    {
        const string marker = "HubException: ";
        var at = e.Message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? null : e.Message[(at + marker.Length)..];
    }
}
