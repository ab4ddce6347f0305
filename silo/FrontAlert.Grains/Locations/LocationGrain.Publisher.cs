using System.Diagnostics;
using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.Extensions.Logging;

namespace FrontAlert.Grains;

public sealed partial class LocationGrain
{
    /// <summary>
    /// Delivers what a stored state promised, in two independent pumps: alerts to the alert log with reports to the
    /// report store, and subtree totals with events to the parent. A slow parent therefore never holds up this place's
    /// alerts. Every step is idempotent, so after a failure or a crash it simply runs again; until it succeeds, a timer
    /// retries and the reporter's acknowledgement stands (the data is stored).
    /// </summary>
    private sealed class Publisher
    {
        /// <summary>Undelivered items (reports, alerts, events) above which a writer waits for all of the delivery.</summary>
        public const int MaxBehind = 500;

        private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);

        /// <summary>
        /// Announcements of one place to the maps: a burst at once, then four a second. Building and fanning out a
        /// place's picture was a tenth of the CPU of batch ingest when done on every delivery round; a map keeps only
        /// a place's latest picture, and a person watching it does not see a quarter of a second.
        /// </summary>
        private static RoundBudget AnnounceBudget() => new(burst: 5, perSecond: 4);

        /// <summary>
        /// Roll-ups of one place: a burst at once, then ten a second. Each costs the parent a grain call and a state
        /// write, and every report used to cost three ancestors one each; held to a rate, a busy place sends its latest
        /// totals and every event since the last one, so the ancestors' writes no longer grow with the load and a
        /// parent is never flooded into timing out. A quiet place rolls up at once, as before.
        /// </summary>
        private static RoundBudget RollUpBudget() => new(burst: 5, perSecond: 10);

        /// <summary>
        /// How long a place stays marked after its last write. A busy place marks once instead of adding and removing
        /// its mark around every write (two round trips, one of them before the acknowledgement); the sweep, which
        /// asks marked places to flush every few seconds, clears the mark once the place has gone quiet.
        /// </summary>
        private static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);

        private readonly LocationGrain _grain;
        private readonly IReportStore _reports;
        private readonly IAlertLog _alerts;
        private readonly IPendingWork _pending;
        private readonly ILogger _logger;
        private readonly Pump _deliver;
        private readonly Pump _rollUp;
        private readonly Pump _announce;
        private readonly Watermark _delivered = new();
        private Covered _covered = new([], [], new RollUp("", 0, Incidents.None, []));
        private long _sentVersion = -1;
        private long _announcedVersion;
        // Unknown (null) after activation: a crashed predecessor may have left a mark, so the first clean publish clears it.
        private bool? _marked;
        private IGrainTimer? _retry;
        private (string Id, ILocationGrain Grain)? _parent;
        private long _wroteAt;
        private long _measured;
        private ActivityContext _wroteIn;

        public Publisher(LocationGrain grain, IReportStore reports, IAlertLog alerts, IPendingWork pending, ILogger logger)
        {
            (_grain, _reports, _alerts, _pending, _logger) = (grain, reports, alerts, pending, logger);
            _deliver = new Pump(Deliver);
            _rollUp = new Pump(RollUpRound, RollUpBudget());
            _announce = new Pump(Announce, AnnounceBudget());
        }

        private LocationState Data => _grain.Data;

        public bool HasWork => Data.UnfiledReports.Count > 0 || Data.UnloggedAlerts.Count > 0 || Data.UnsentEvents.Count > 0 || Unrolled;

        /// <summary>Items stored here and not yet delivered: the three outboxes together.</summary>
        private int Backlog => Data.UnfiledReports.Count + Data.UnloggedAlerts.Count + Data.UnsentEvents.Count;

        /// <summary>Subtree totals changed since the parent last heard; a place nothing happened to sends nothing.</summary>
        private bool Unrolled => Data.Version > 0 && _sentVersion < Data.Version;

        public Task<IReadOnlySet<string>> Filed(IReadOnlyList<string> ids) => _reports.Filed(ids);

        /// <summary>A write completed: from now on rounds deliver what it covered (never more than a stored state holds).</summary>
        public void Covered(Covered covered) => _covered = covered;

        /// <summary>Before a state write: make sure a sweeper would find this place if the process died after it.</summary>
        public async Task MarkPending()
        {
            _wroteAt = Environment.TickCount64;
            if (_marked != true)
            {
                await _pending.Mark(Data.LocationId);
                _marked = true;
            }
        }

        /// <summary>
        /// After a write: the caller is acknowledged once its alerts are logged and its reports filed (one round trip
        /// for both), so a reporter reads its own reports in the timeline and the place's alerts in the log. The roll-up
        /// to the ancestors follows (the pending mark has a sweeper finish it if the process dies first; ADR 0005).
        /// Only when this place is more than <see cref="MaxBehind"/> items behind does the caller wait for the whole
        /// delivery: that back-pressure keeps the stored state, and so every write, small.
        /// </summary>
        public Task Follow()
        {
            Measure();
            _wroteIn = Activity.Current?.Context ?? default;
            var mark = _delivered.Ask();
            var all = Publish();
            return Backlog > MaxBehind ? all : _delivered.Until(mark);
        }

        public Task Publish()
        {
            _ = _announce.Run(); // never waited for: a map catching up a moment later loses nothing
            return Task.WhenAll(_deliver.Run(), _rollUp.Run());
        }

        public void Retry() =>
            _retry ??= _grain.RegisterGrainTimer(_ => Publish(), TimeSpan.Zero, RetryEvery);

        /// <summary>The place's stored picture to the maps, unless they have it already.</summary>
        private async Task Announce()
        {
            if (_announcedVersion != _covered.Update.Version)
            {
                _announcedVersion = _covered.Update.Version;
                await _grain.Announce();
            }
        }

        /// <summary>Alerts and reports in parallel (independent stores, both idempotent).</summary>
        private async Task Deliver()
        {
            var covers = _delivered.Covers();
            var covered = _covered;
            try
            {
                await Task.WhenAll(AppendAlerts(covered), File(covered));
                _delivered.Reached(covers);
                await Settle();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _delivered.ReleaseAll();
                Failed(e);
            }
        }

        private async Task RollUpRound()
        {
            try
            {
                var parentId = (await _grain._catalogs.Get()).Locations.GetValueOrDefault(Data.LocationId)?.ParentId;
                if (parentId is null)
                {
                    // A root has no one to tell. The engine no longer keeps events at a root; this clears what a root
                    // stored before it stopped (ADR 0010).
                    Data.UnsentEvents.Clear();
                    _sentVersion = Data.Version;
                }
                else if (_sentVersion < _covered.Update.Version || _covered.Update.Events.Count > 0)
                {
                    await SendTo(parentId);
                }
                await Settle();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(e);
            }
        }

        private async Task AppendAlerts(Covered covered)
        {
            var waiting = Data.UnloggedAlerts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var raised = covered.Alerts.Where(a => waiting.Contains(a.Id)).ToList();
            if (raised.Count > 0)
            {
                // Inhibitions are judged now, from what the log holds: the covered alerts go out as the outbox marked them.
                await _grain.MarkInhibited();
                var covers = raised.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                raised = [.. Data.UnloggedAlerts.Where(a => covers.Contains(a.Id))];
                // A round may run on the flow of an earlier write (the pump coalesces): the span belongs to the write's trace.
                using var span = _wroteIn == default
                    ? FrontAlertTelemetry.Source.StartActivity("alert append")
                    : FrontAlertTelemetry.Source.StartActivity("alert append", ActivityKind.Internal, _wroteIn);
                span?.SetTag("frontalert.location.id", Data.LocationId);
                span?.SetTag("frontalert.alert.ids", string.Join(' ', raised.Select(a => a.Id)));
                foreach (var alert in await _alerts.Append(raised))
                {
                    _logger.LogInformation("Alert {Seq} {AlertId} raised at {LocationId} by rule {RuleId}: {Title}",
                        alert.Seq, alert.Id, alert.LocationId, alert.RuleId, alert.Title);
                    FrontAlertTelemetry.Alerts.Add(1, new("frontalert.rule.kind", EnumNames.Name(alert.Kind)),
                        new("frontalert.alert.severity", EnumNames.Name(alert.Severity)));
                }
                var appended = raised.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                Data.UnloggedAlerts.RemoveAll(a => appended.Contains(a.Id));
            }
        }

        private async Task File(Covered covered)
        {
            var waiting = Data.UnfiledReports.Select(e => e.Report.Id).ToHashSet(StringComparer.Ordinal);
            var filed = covered.UnfiledReports.Where(e => waiting.Contains(e.Report.Id)).ToList();
            if (filed.Count > 0)
            {
                await _reports.Save(Data.LocationId, filed);
                var done = filed.Select(e => e.Report.Id).ToHashSet(StringComparer.Ordinal);
                Data.UnfiledReports.RemoveAll(e => done.Contains(e.Report.Id));
            }
        }

        /// <summary>Sends the stored subtree totals and unacknowledged events to a parent; safe to repeat.</summary>
        public async Task SendTo(string parentId)
        {
            var update = _covered.Update;
            if (update.Version == 0)
            {
                return; // nothing ever happened here (or nothing of it is stored yet): nothing to roll up
            }
            await Parent(parentId).Receive(update);
            Data.Acknowledged(update);
            _sentVersion = Math.Max(_sentVersion, update.Version);
        }

        /// <summary>The parent's grain reference, made once per parent: resolving it was a few percent of ingest's CPU.</summary>
        private ILocationGrain Parent(string parentId)
        {
            if (_parent?.Id != parentId)
            {
                _parent = (parentId, _grain.GrainFactory.GetGrain<ILocationGrain>(parentId));
            }
            return _parent.Value.Grain;
        }

        /// <summary>Everything is delivered: stop retrying and let the sweeper forget this place.</summary>
        private async Task Settle()
        {
            Measure();
            if (HasWork)
            {
                return;
            }
            _retry?.Dispose();
            _retry = null;
            if (_marked == null || (_marked == true && Environment.TickCount64 - _wroteAt > Linger.TotalMilliseconds))
            {
                // Unmark before the clear is issued: a write that starts meanwhile marks again, and Redis runs
                // that mark after this clear because one connection keeps issue order.
                _marked = false;
                await _pending.Clear(Data.LocationId);
            }
        }

        /// <summary>Keeps this place's share of the process's outbox backlog gauge current.</summary>
        public void Measure()
        {
            var backlog = Backlog;
            if (backlog != _measured)
            {
                FrontAlertTelemetry.OutboxBacklog.Add(backlog - _measured);
                _measured = backlog;
            }
        }

        /// <summary>The activation ends: its items are no longer this process's backlog.</summary>
        public void Forget()
        {
            FrontAlertTelemetry.OutboxBacklog.Add(-_measured);
            _measured = 0;
        }

        private void Failed(Exception e)
        {
            _logger.LogWarning(e, "Location {LocationId} could not publish yet; retrying every {Retry}", Data.LocationId, RetryEvery);
            Retry();
        }
    }
}
