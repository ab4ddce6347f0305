using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace FrontAlert.Grains;

/// <summary>
/// The live picture of one place. A thin shell around <see cref="LocationEngine"/>: load, apply, persist (group
/// commit), then publish what the write made durable: reports to the store, alerts to the log, totals to the parent.
/// Reentrant so that concurrent reporters share writes; the engine itself runs synchronously between awaits.
/// </summary>
[Reentrant]
public sealed partial class LocationGrain : Grain, ILocationGrain
{
    private readonly IPersistentState<LocationState> _store;
    private readonly CatalogCache _catalogs;
    private readonly ILocationUpdates _feed;
    private readonly Publisher _publisher;
    private readonly TimeProvider _clock;
    private readonly ILogger<LocationGrain> _logger;
    private readonly GroupCommit _commit;

    public LocationGrain(
        [PersistentState("location", FrontAlertStorage.Name)] IPersistentState<LocationState> store,
        CatalogCache catalogs,
        IReportStore reports,
        IAlertLog alerts,
        IPendingWork pending,
        ILocationUpdates feed,
        TimeProvider clock,
        ILogger<LocationGrain> logger)
    {
        _store = store;
        _catalogs = catalogs;
        _feed = feed;
        _clock = clock;
        _logger = logger;
        _commit = new GroupCommit(Write);
        _publisher = new Publisher(this, reports, alerts, pending, logger);
        (_reports, _alerts) = (reports, alerts);
    }

    private LocationState Data => _store.State;
    private string Id => this.GetPrimaryKeyString();

    /// <summary>
    /// An exception while applying left the in-memory state half changed: this activation never writes or answers
    /// again and is dropped, so the stored state stays authoritative and the next activation starts from it.
    /// </summary>
    private bool _faulted;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Data.LocationId = Id;
        if (!_store.RecordExists)
        {
            var catalog = await _catalogs.Get();
            if (catalog.InitialControls.GetValueOrDefault(Id)?.ToControl(catalog) is { } held)
            {
                Engine(catalog).Seed(held);
            }
        }
        _publisher.Covered(Covered.Of(Data)); // everything loaded is stored
        // Whatever a previous activation stored but did not get to publish (it crashed) is published now.
        if (_publisher.HasWork)
        {
            _publisher.Retry();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _publisher.Forget();
        return Task.CompletedTask;
    }

    public async Task<IngestStatus[]> Ingest(Report[] reports)
    {
        using var span = FrontAlertTelemetry.Source.StartActivity("location ingest");
        span?.SetTag("frontalert.location.id", Id);
        var catalog = await _catalogs.Get();
        if (!catalog.Locations.ContainsKey(Id))
        {
            // A place created moments ago through another node: this silo's catalog may be up to a second old and would
            // take the place for a root, so its ancestors' rules would miss this report. Read the catalog afresh first.
            _catalogs.Invalidate();
            catalog = await _catalogs.Get();
        }
        // Ids this place has not seen recently may be filed already, here (older than the window) or for another
        // place; one lookup answers both (ADR 0003).
        var known = await _publisher.Filed([.. reports.Select(r => r.Id).Where(id => !Data.Seen.Contains(id))]);
        var statuses = reports.Any(r => r is RetractionReport)
            ? await IngestRetracting(reports, known, catalog)
            : Apply(() => Engine(catalog).Ingest(reports, known));
        var accepted = statuses.Count(s => s == IngestStatus.Accepted);
        if (accepted > 0)
        {
            await Save();
            _logger.LogDebug("Location {LocationId} accepted {Accepted} of {Count} reports", Id, accepted, reports.Length);
            await _publisher.Follow();
        }
        return [.. statuses];
    }

    public async Task Receive(RollUp update)
    {
        var catalog = await _catalogs.Get();
        if (Apply(() => Engine(catalog).Receive(update)))
        {
            await Save();
            await _publisher.Follow();
        }
    }

    public Task Flush() => _faulted ? Task.CompletedTask : _publisher.Publish();

    public async Task<LiveState?> State()
    {
        if (_faulted)
        {
            throw new PlaceFaultedException(Id, null); // never show a half-applied picture; the next activation reloads
        }
        var catalog = await _catalogs.Get();
        return catalog.Locations.TryGetValue(Id, out var location) ? LiveState.Of(location, Data, catalog) : null;
    }

    public async Task Forget(string childId, long version)
    {
        var catalog = await _catalogs.Get();
        Apply(() => Engine(catalog).Forget(childId, version));
        await Save();
        await _publisher.Publish();
    }

    public async Task Moved(string fromId, string? toId)
    {
        // From now on this silo reads the new tree, so no later roll-up goes to the old parent; the one that may be in
        // flight carries a version the old parent's Forget already covers.
        _catalogs.Invalidate();
        await GrainFactory.GetGrain<ILocationGrain>(fromId).Forget(Id, Data.Version);
        if (toId is not null)
        {
            await _publisher.SendTo(toId);
        }
    }

    public async Task PutRule(Rule rule)
    {
        var catalog = await _catalogs.Get();
        Apply(() => Engine(catalog).Put(rule));
        await Save();
    }

    public async Task RemoveRule(string ruleId)
    {
        var catalog = await _catalogs.Get();
        if (Apply(() => Engine(catalog).Remove(ruleId)))
        {
            await Save();
        }
    }

    public Task<RuleProgress[]> Progress() => Task.FromResult(Data.Rules.Values.ToArray());

    private LocationEngine Engine(Domain.Catalog catalog) => new(Data, catalog, _clock.GetUtcNow(), _catalogs.CompleteAsOf(catalog));

    /// <summary>
    /// Runs one synchronous change of the state. If it throws, the state may be half changed (ids marked seen, a
    /// figure taken, an alert queued): the activation is faulted and dropped instead of ever storing or delivering it.
    /// </summary>
    private T Apply<T>(Func<T> change)
    {
        if (_faulted)
        {
            throw new PlaceFaultedException(Id, null);
        }
        try
        {
            return change();
        }
        catch (Exception e)
        {
            _faulted = true;
            _logger.LogError(e, "Location {LocationId} failed while applying a change; dropping the activation to reload its stored state", Id);
            DeactivateOnIdle();
            throw new PlaceFaultedException(Id, e);
        }
    }

    private void Apply(Action change) => Apply(() =>
    {
        change();
        return true;
    });

    /// <summary>One state write, with what it covers captured before it begins (the provider serializes the state then).</summary>
    private async Task Write()
    {
        if (_faulted)
        {
            // Callers still waiting for a write changed a state that is half applied: none of it may be stored.
            throw new PlaceFaultedException(Id, null);
        }
        var covered = Covered.Of(Data);
        await _store.WriteStateAsync();
        _publisher.Covered(covered);
    }

    private async Task Save()
    {
        try
        {
            await _publisher.MarkPending();
            await _commit.Save();
        }
        catch (Exception e)
        {
            // The in-memory state now holds changes that are not stored, of callers told they failed: never store or
            // deliver them later (their retries must apply once); drop it and reload on the next call.
            _logger.LogError(e, "Location {LocationId} failed to store its state; deactivating to reload", Id);
            _faulted = true;
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Tells the maps this place's picture; the publisher's announce pump calls it, a few times a second at most.</summary>
    private async Task Announce()
    {
        try
        {
            _feed.Publish(LocationUpdate.Of(Data, await _catalogs.Get()));
        }
        catch (Exception e)
        {
            _logger.LogDebug(e, "Location {LocationId} could not announce its update; maps catch up on its next change", Id);
        }
    }
}
