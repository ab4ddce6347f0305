using FrontAlert.Domain;
using Microsoft.Extensions.Logging;

namespace FrontAlert.Grains;

public sealed partial class LocationGrain
{
    /// <summary>
    /// Delivers what a stored state promised: reports to the report store, alerts to the alert log, subtree totals
    /// and events to the parent. Every step is idempotent, so after a failure or a crash it simply runs again;
    /// until it succeeds, a timer retries and the reporter's acknowledgement stands (the data is stored).
    /// </summary>
    private sealed class Publisher(LocationGrain grain, IReportStore reports, IAlertLog alerts, IPendingWork pending, ILogger logger)
    {
        private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);

        private long _sentVersion = -1;
        // Unknown (null) after activation: a crashed predecessor may have left a mark, so the first clean publish clears it.
        private bool? _marked;
        private IGrainTimer? _retry;

        private LocationState Data => grain.Data;

        public bool HasWork => Data.Unfiled.Count > 0 || Data.Outbox.Count > 0 || Data.Unsent.Count > 0 || Unrolled;

        /// <summary>Subtree totals changed since the parent last heard; a place nothing happened to sends nothing.</summary>
        private bool Unrolled => Data.Version > 0 && _sentVersion < Data.Version;

        public Task<IReadOnlySet<string>> Known(IReadOnlyList<string> ids) => reports.Known(Data.LocationId, ids);

        /// <summary>Before a state write: make sure a sweeper would find this place if the process died after it.</summary>
        public async Task MarkPending()
        {
            if (_marked != true)
            {
                await pending.Mark(Data.LocationId);
                _marked = true;
            }
        }

        public async Task Publish()
        {
            try
            {
                await PublishOnce();
                _retry?.Dispose();
                _retry = null;
                if (!HasWork && _marked != false)
                {
                    // Unmark before the clear is issued: a write that starts meanwhile marks again, and Redis runs
                    // that mark after this clear because one connection keeps issue order.
                    _marked = false;
                    await pending.Clear(Data.LocationId);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Location {LocationId} could not publish yet; retrying every {Retry}", Data.LocationId, RetryEvery);
                Retry();
            }
        }

        public void Retry() =>
            _retry ??= grain.RegisterGrainTimer(_ => Publish(), TimeSpan.Zero, RetryEvery);

        private async Task PublishOnce()
        {
            if (Data.Unfiled.Count > 0)
            {
                var filed = Data.Unfiled.ToList();
                await reports.Save(Data.LocationId, filed);
                Data.Unfiled.RemoveAll(filed.Contains);
            }
            if (Data.Outbox.Count > 0)
            {
                var raised = Data.Outbox.ToList();
                foreach (var alert in await alerts.Append(raised))
                {
                    logger.LogInformation("Alert {Seq} {AlertId} raised at {LocationId} by rule {RuleId}: {Title}",
                        alert.Seq, alert.Id, alert.LocationId, alert.RuleId, alert.Title);
                }
                Data.Outbox.RemoveAll(raised.Contains);
            }
            var parentId = (await grain._catalogs.Get()).Locations.GetValueOrDefault(Data.LocationId)?.ParentId;
            if (parentId is null)
            {
                // A root has no one to tell: keeping its events would grow every write of the busiest grain.
                Data.Unsent.Clear();
                _sentVersion = Data.Version;
            }
            else if (Unrolled || Data.Unsent.Count > 0)
            {
                await SendTo(parentId);
            }
        }

        /// <summary>Sends the absolute subtree totals and the unacknowledged events to a parent; safe to repeat.</summary>
        public async Task SendTo(string parentId)
        {
            if (Data.Version == 0)
            {
                return; // nothing ever happened here: nothing to roll up
            }
            var update = Data.UpdateFor();
            await grain.GrainFactory.GetGrain<ILocationGrain>(parentId).Receive(update);
            Data.Acknowledged(update);
            _sentVersion = Math.Max(_sentVersion, update.Version);
        }
    }
}
