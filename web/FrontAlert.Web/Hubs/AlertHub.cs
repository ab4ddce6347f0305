using System.Collections.Frozen;
using FrontAlert.Domain;
using FrontAlert.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace FrontAlert.Web;

/// <summary>
/// <c>/hubs/alerts</c>. Bad input is a <see cref="HubException"/> naming the field; the connection stays usable and
/// its subscription unchanged. Delivery itself is the <see cref="Subscriber"/>'s job.
/// </summary>
public sealed class AlertHub(Subscribers subscribers, CatalogCache catalogs, IAlertLog log, AlertFanout fanout, IOptions<HubOptions> options) : Hub
{
    public const int MaxScopes = 1000;

    public async Task Subscribe(SubscribeRequest? request)
    {
        var subscriber = subscribers.For(Context);
        subscriber.Budget.Spend();
        if (request is null)
        {
            throw new HubException("Subscribe takes one argument {scopeIds, minSeverity, afterSeq}");
        }
        var catalog = await catalogs.Get();
        var scopes = Scopes(request.ScopeIds, catalog);
        if (request.AfterSeq is < 0)
        {
            throw new HubException("afterSeq: must be zero or more");
        }
        var errors = new List<FieldError>();
        var severity = Severities.Parse(Query.Text(request.MinSeverity), errors);
        if (errors.Count > 0)
        {
            throw new HubException($"{errors[0].Field}: {errors[0].Message}");
        }
        var before = subscriber.Filter;
        var everything = scopes.Length == 0 || before.Everything;
        var filter = new Filter(everything ? FrozenSet<string>.Empty : before.Scopes.Union(scopes).ToFrozenSet(StringComparer.Ordinal), everything, severity);
        // Live delivery must hold its start position before any replay reads the log, or alerts in between are lost.
        await fanout.Started();
        var epoch = await log.Epoch();
        var check = Bound(epoch.Vouch(request.Epoch, request.AfterSeq ?? epoch.LastSeq), epoch.LastSeq);
        var replayed = epoch.LastSeq - check.From;
        if (replayed > 0)
        {
            subscriber.Budget.Spend((int)(replayed / Math.Max(1, options.Value.ReplayPerCall)));
        }
        var reset = check.Reason is { } reason ? HubMessages.Reset(epoch.Id, check.From, reason) : null;
        subscriber.Subscribe(filter, check.From, reset);
    }

    /// <summary>No Subscribe replays more than the configured bound: further back, it starts that far before the end.</summary>
    private CursorCheck Bound(CursorCheck check, long lastSeq)
    {
        var max = Math.Max(0, options.Value.MaxReplay);
        return lastSeq - check.From > max ? new CursorCheck(lastSeq - max, CursorCheck.Truncated) : check;
    }

    public Task Unsubscribe(UnsubscribeRequest? request)
    {
        var subscriber = subscribers.For(Context);
        subscriber.Budget.Spend();
        var before = subscriber.Filter;
        var scopes = request?.ScopeIds ?? [];
        var after = scopes.Length == 0
            ? Filter.Nothing
            : before with { Scopes = before.Scopes.Except(scopes, StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal) };
        subscriber.Unsubscribe(after);
        return Task.CompletedTask;
    }

    private static string[] Scopes(string[]? requested, Domain.Catalog catalog)
    {
        var scopes = (requested ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (scopes.Length > MaxScopes)
        {
            throw new HubException($"scopeIds: at most {MaxScopes} scopes per connection");
        }
        var unknown = scopes.Where(s => s is null || !catalog.Locations.ContainsKey(s)).Take(5).ToList();
        if (unknown.Count > 0)
        {
            throw new HubException($"scopeIds: unknown location {string.Join(", ", unknown.Select(u => $"'{u}'"))}");
        }
        return scopes;
    }
}
