using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontAlert.Grains;

/// <summary>
/// Delivers a Subscription's alerts in log order, at least once and never skipping one: the cursor in grain state
/// moves past an alert only after it was delivered or found unwanted, so a silo that dies mid-delivery leaves a
/// cursor the next activation resumes from (it may send its last deliveries again, with the same webhook-id and Topic:
/// the cursor is stored at most every <see cref="DeliveryOptions.CursorWriteSeconds"/>, see ADR 0021).
/// Delivery runs in a non-interleaved timer turn; nudges interleave and only bring that timer forward.
/// </summary>
public sealed class SubscriptionGrain(
    [PersistentState("subscription", FrontAlertStorage.Name)] IPersistentState<SubscriptionState> store,
    IAlertLog log,
    CatalogCache catalogs,
    ISubscriptionRegistry registry,
    Deliverer deliverer,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<SubscriptionGrain> logger) : Grain, ISubscriptionGrain
{
    private const int Page = 100;
    private IGrainTimer? _timer;
    private DateTimeOffset? _dueAt;
    private bool _delivering;
    private bool _again;
    private long _known;
    private IGrainTimer? _flush;
    private bool _unsaved;
    private DateTimeOffset _savedAt = DateTimeOffset.MinValue;

    private SubscriptionState State => store.State;
    private DeliveryOptions Options => options.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A new activation (a nudge, a sweep, or the silo it lived on died) picks up where the stored cursor says.
        if (State.Subscription is not null && State.Delivery.Status == DeliveryStatus.Active)
        {
            Schedule(Until(State.Delivery.NextAttemptAt));
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // a cursor held back by write coalescing is stored on the way out; if this fails (or the silo dies), the next
        // activation repeats from the stored one
        if (_unsaved && State.Subscription is not null)
        {
            try
            {
                await Write();
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Subscription {SubscriptionId} could not store its cursor on deactivation; its last deliveries may repeat", this.GetPrimaryKeyString());
            }
        }
    }

    public async Task<bool> Create(Subscription subscription)
    {
        if (State.Subscription is not null)
        {
            return false;
        }
        State.Subscription = subscription;
        var epoch = await log.Epoch();
        State.Delivery = new DeliveryState { Cursor = epoch.LastSeq, Epoch = epoch.Id };
        await Write();
        logger.LogInformation("Subscription {SubscriptionId} ({Channel}) created from seq {Cursor}", subscription.Id, subscription.Channel, State.Delivery.Cursor);
        return true;
    }

    public Task<SubscriptionView?> View() =>
        Task.FromResult(State.Subscription is { } s ? new SubscriptionView(s, State.Delivery, State.Groups) : null);

    public async Task<bool> Remove()
    {
        if (State.Subscription is null)
        {
            return false;
        }
        await Forget("removed on request");
        return true;
    }

    public Task Nudge(long lastSeq)
    {
        _known = Math.Max(_known, lastSeq);
        _again |= _delivering; // the turn under way may have read the log before these alerts were there
        if (State.Subscription is not null && State.Delivery.Status == DeliveryStatus.Active && !_delivering
            && State.Delivery.Cursor < _known && Until(State.Delivery.NextAttemptAt) == TimeSpan.Zero)
        {
            Schedule(TimeSpan.Zero);
        }
        return Task.CompletedTask;
    }

    private TimeSpan Until(DateTimeOffset? at) => at is { } t && t > clock.GetUtcNow() ? t - clock.GetUtcNow() : TimeSpan.Zero;

    private void Schedule(TimeSpan due)
    {
        _dueAt = clock.GetUtcNow() + due;
        if (_timer is null)
        {
            _timer = this.RegisterGrainTimer(Deliver, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { Interleave = false, KeepAlive = true });
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task Deliver(CancellationToken cancel)
    {
        _delivering = true;
        _dueAt = null;
        try
        {
            await DeliverPending(cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The log or the store is away: the cursor is where it was, so try again soon.
            logger.LogWarning(e, "Subscription {SubscriptionId} could not deliver; retrying", this.GetPrimaryKeyString());
            Schedule(TimeSpan.FromSeconds(1));
        }
        finally
        {
            _delivering = false;
            // again only if a nudge told of an alert this turn did not reach: the turn's own read may have missed it
            if (_again && State.Subscription is not null && State.Delivery.Cursor < _known && Until(State.Delivery.NextAttemptAt) == TimeSpan.Zero)
            {
                Schedule(TimeSpan.Zero);
            }
            _again = false;
            ScheduleGroups();
        }
    }

    /// <summary>
    /// One page per turn: a removal or a new Subscription's creation waits for at most one page of sends, and a long
    /// backlog is worked off in turns that the next timer tick continues. An alert that groups joins its group
    /// instead of being sent; groups whose wait or interval is over go out after the page.
    /// </summary>
    private async Task DeliverPending(CancellationToken cancel)
    {
        if (State.Subscription is not { } subscription || State.Delivery.Status != DeliveryStatus.Active)
        {
            return;
        }
        if (Until(State.Delivery.NextAttemptAt) is var backoff && backoff > TimeSpan.Zero)
        {
            Schedule(backoff); // a timer set for a group fell inside a retry's back-off
            return;
        }
        await Vouch();
        // the silo-wide page cache serves this only if it holds every alert up to the last seq a nudge told of
        var page = await log.Read(State.Delivery.Cursor, Page, _known);
        var catalog = await catalogs.Get();
        var (delivery, groups) = (State.Delivery, State.Groups);
        var now = clock.GetUtcNow();
        foreach (var alert in page)
        {
            if (alert.Epoch is { } of && State.Delivery.Epoch is { } mine && of != mine)
            {
                // the log started a new epoch between the vouch and the read: vouch again before passing anything
                Schedule(TimeSpan.Zero);
                break;
            }
            if (subscription.Wants(alert, catalog))
            {
                if (subscription.Groups(alert))
                {
                    State.Groups = Grouping.Join(State.Groups, alert, Grouping.ScopeOf(alert, catalog), subscription, now);
                }
                else if (alert.Corrects is { } corrected && Grouping.Withdraw(State.Groups, corrected) is var withdrawn && withdrawn != State.Groups)
                {
                    State.Groups = withdrawn; // the claim fell before anyone was told: it is not announced, nor corrected
                }
                else if (!await Send(subscription, Notification.Of(alert), cancel))
                {
                    return;
                }
            }
            State.Delivery = State.Delivery with { Cursor = alert.Seq };
        }
        if (!await SendDueGroups(subscription, catalog, cancel))
        {
            return;
        }
        // The cursor and the groups are one record, written together: the stored cursor never passes an alert the
        // stored groups lack. Written at most every CursorWriteSeconds: a crash repeats at most that long's
        // deliveries (each with its own webhook-id and Topic) and re-joins the alerts it re-reads, never skips one.
        if (State.Delivery != delivery || !ReferenceEquals(State.Groups, groups))
        {
            await Save();
        }
        if (page.Count == Page)
        {
            Schedule(TimeSpan.Zero);
        }
    }

    /// <summary>
    /// Sends each group whose wait or interval is over and has news; closes those that gained nothing in an interval.
    /// False when delivery stopped for now, as <see cref="Send"/>.
    /// </summary>
    private async Task<bool> SendDueGroups(Subscription subscription, Catalog catalog, CancellationToken cancel)
    {
        foreach (var group in Grouping.Due(State.Groups, clock.GetUtcNow()).ToList())
        {
            if (!group.HasNews)
            {
                State.Groups = Grouping.Put(State.Groups, group.Key, null);
                continue;
            }
            if (!await Send(subscription, Notification.Of(group, catalog), cancel))
            {
                return false;
            }
            var notified = Grouping.Notified(group, subscription, clock.GetUtcNow());
            State.Groups = Grouping.Put(State.Groups, group.Key, notified);
        }
        return true;
    }

    /// <summary>Brings the timer forward to the next group that falls due, unless it is already set sooner.</summary>
    private void ScheduleGroups()
    {
        if (State.Subscription is not null && State.Delivery.Status == DeliveryStatus.Active && Grouping.NextDue(State.Groups) is { } due)
        {
            var at = State.Delivery.NextAttemptAt is { } retry && retry > due ? retry : due;
            if (_dueAt is null || _dueAt > at)
            {
                Schedule(Until(at));
            }
        }
    }

    /// <summary>
    /// When the log lost alerts (Redis came back on an older file) it starts a new epoch, and seqs above its fork may
    /// now belong to other alerts: the cursor moves back to what the log vouches for, so none of those is skipped.
    /// </summary>
    private async Task Vouch()
    {
        var epoch = await log.Epoch();
        var check = epoch.Vouch(State.Delivery.Epoch, State.Delivery.Cursor);
        if (check.From != State.Delivery.Cursor || State.Delivery.Epoch != epoch.Id)
        {
            if (check.Reason is { } reason)
            {
                logger.LogWarning("Subscription {SubscriptionId}: cursor {Cursor} of epoch {Old} moved to {From} of {Epoch} ({Reason})",
                    this.GetPrimaryKeyString(), State.Delivery.Cursor, State.Delivery.Epoch, check.From, epoch.Id, reason);
            }
            State.Delivery = State.Delivery with { Cursor = check.From, Epoch = epoch.Id };
            await Write();
        }
    }

    /// <summary>True when delivered; false when delivery stops for now (retry scheduled, parked or removed).</summary>
    private async Task<bool> Send(Subscription subscription, Notification notification, CancellationToken cancel)
    {
        var outcome = await deliverer.Send(subscription, notification, cancel);
        var now = clock.GetUtcNow();
        var delivery = State.Delivery with { LastAttemptAt = now };
        switch (outcome.Result)
        {
            case DeliveryResult.Delivered:
                State.Delivery = delivery with { Delivered = delivery.Delivered + 1, Failures = 0, LastError = null, LastDeliveredAt = now, NextAttemptAt = null };
                return true;
            case DeliveryResult.Gone:
                logger.LogInformation("Subscription {SubscriptionId} removed: its receiver answered {Error}", subscription.Id, outcome.Error);
                await Forget(outcome.Error!);
                return false;
            default:
                var failures = delivery.Failures + 1;
                if (failures >= Options.MaxFailures)
                {
                    State.Delivery = delivery with { Failures = failures, LastError = outcome.Error, Status = DeliveryStatus.Failing, NextAttemptAt = null };
                    logger.LogWarning("Subscription {SubscriptionId} parked as failing after {Failures} failures: {Error}", subscription.Id, failures, outcome.Error);
                }
                else
                {
                    var wait = Backoff.Delay(failures, TimeSpan.FromMilliseconds(Options.FirstRetryMilliseconds), TimeSpan.FromSeconds(Options.MaxRetrySeconds),
                        outcome.RetryAfter, Random.Shared.NextDouble());
                    State.Delivery = delivery with { Failures = failures, LastError = outcome.Error, NextAttemptAt = now + wait };
                    logger.LogInformation("Subscription {SubscriptionId}: {Notification} failed ({Error}); attempt {Attempt} in {Wait}", subscription.Id, notification.Id, outcome.Error, failures + 1, wait);
                    Schedule(wait);
                }
                await Write();
                return false;
        }
    }

    /// <summary>Writes now if the last write is older than CursorWriteSeconds; otherwise a timer writes then.</summary>
    private async Task Save()
    {
        var wait = _savedAt == DateTimeOffset.MinValue ? TimeSpan.Zero : _savedAt + TimeSpan.FromSeconds(Math.Max(0, Options.CursorWriteSeconds)) - clock.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            await Write();
            return;
        }
        if (_unsaved && _flush is not null)
        {
            return; // the flush already set falls due at the same moment (the last write plus the interval)
        }
        _unsaved = true;
        if (_flush is null)
        {
            _flush = this.RegisterGrainTimer(Flush, new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { Interleave = false, KeepAlive = true });
        }
        else
        {
            _flush.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task Flush(CancellationToken cancel)
    {
        if (!_unsaved || State.Subscription is null)
        {
            return;
        }
        try
        {
            await Write();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // the store is away: the stored cursor is behind, which repeats, never skips; try again soon
            logger.LogWarning(e, "Subscription {SubscriptionId} could not store its cursor; retrying", this.GetPrimaryKeyString());
            _flush?.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        }
    }

    private async Task Write()
    {
        await store.WriteStateAsync(CancellationToken.None);
        _unsaved = false;
        _savedAt = clock.GetUtcNow();
    }

    private async Task Forget(string why)
    {
        var id = this.GetPrimaryKeyString();
        await registry.Remove(id);
        await store.ClearStateAsync();
        _unsaved = false;
        _flush?.Dispose();
        _flush = null;
        State.Subscription = null;
        State.Delivery = new DeliveryState();
        State.Groups = [];
        _timer?.Dispose();
        _timer = null;
        logger.LogInformation("Subscription {SubscriptionId} removed: {Why}", id, why);
        DeactivateOnIdle();
    }
}
