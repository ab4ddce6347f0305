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
    private readonly ILocationFeed _feed;
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
        ILocationFeed feed,
        TimeProvider clock,
        ILogger<LocationGrain> logger)
    {
        _store = store;
        _catalogs = catalogs;
        _feed = feed;
        _clock = clock;
        _logger = logger;
        _commit = new GroupCommit(() => _store.WriteStateAsync());
        _publisher = new Publisher(this, reports, alerts, pending, logger);
        (_reports, _alerts) = (reports, alerts);
    }

    private LocationState Data => _store.State;
    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Data.LocationId = Id;
        if (!_store.RecordExists)
        {
            var catalog = await _catalogs.Get();
            if (catalog.Holdings.GetValueOrDefault(Id)?.ToControl(catalog) is { } held)
            {
                Engine(catalog).Seed(held);
            }
        }
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
        // Ids this place has not seen recently may be filed already, here (older than the window) or for another
        // place; one lookup answers both (ADR 0003).
        var known = await _publisher.Filed([.. reports.Select(r => r.Id).Where(id => !Data.Seen.Contains(id))]);
        var statuses = reports.Any(r => r is RetractionReport) ? await IngestRetracting(reports, known, catalog) : Engine(catalog).Ingest(reports, known);
        var accepted = statuses.Count(s => s == IngestStatus.Accepted);
        if (accepted > 0)
        {
            await Save();
            _logger.LogDebug("Location {LocationId} accepted {Accepted} of {Count} reports", Id, accepted, reports.Length);
            await _publisher.Follow();
        }
        return [.. statuses];
    }

    public async Task Receive(SubtreeUpdate update)
    {
        var catalog = await _catalogs.Get();
        if (Engine(catalog).Receive(update))
        {
            await Save();
            await _publisher.Follow();
        }
    }

    public Task Flush() => _publisher.Publish();

    public async Task<LiveState?> State()
    {
        var catalog = await _catalogs.Get();
        return catalog.Locations.TryGetValue(Id, out var location) ? LiveState.Of(location, Data, catalog) : null;
    }

    public async Task Forget(string childId, long version)
    {
        Engine(await _catalogs.Get()).Forget(childId, version);
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
        Engine(await _catalogs.Get()).Put(rule);
        await Save();
    }

    public async Task RemoveRule(string ruleId)
    {
        if (Engine(await _catalogs.Get()).Remove(ruleId))
        {
            await Save();
        }
    }

    public Task<RuleWatch[]> Watches() => Task.FromResult(Data.Rules.Values.ToArray());

    private LocationEngine Engine(Domain.Catalog catalog) => new(Data, catalog, _clock.GetUtcNow());

    private async Task Save()
    {
        try
        {
            await _publisher.MarkPending();
            await _commit.Save();
        }
        catch (Exception e)
        {
            // The in-memory state now holds changes that are not stored; drop it and reload on the next call.
            _logger.LogError(e, "Location {LocationId} failed to store its state; deactivating to reload", Id);
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Tells the maps this place's picture; called once per delivery round, not once per write.</summary>
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
