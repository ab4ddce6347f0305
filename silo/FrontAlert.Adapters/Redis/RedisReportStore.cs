using FrontAlert.Contracts;
using System.Text.Json;
using FrontAlert.Domain;
using StackExchange.Redis;

namespace FrontAlert.Adapters;

/// <summary>
/// Reports in Redis: a hash per place (id → entry) for lookups, and a sorted set by event time for the timeline.
/// Both writes are set-like, so repeating a filing after a crash stores nothing twice.
/// </summary>
public sealed class RedisReportStore(IConnectionMultiplexer redis, RetentionOptions retention) : IReportStore
{
    public RedisReportStore(IConnectionMultiplexer redis) : this(redis, new RetentionOptions()) { }

    public RedisReportStore(IConnectionMultiplexer redis, Microsoft.Extensions.Options.IOptions<RetentionOptions> retention) : this(redis, retention.Value) { }

    /// <summary>
    /// Keeps a place's newest reports (by observedAt) within the count: the oldest go from its timeline and its store,
    /// at most 1,000 a filing. Their ids stay in the report-place index, so a re-post is still a duplicate.
    /// </summary>
    private const string TrimScript = """
        local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[1])
        if over <= 0 then return 0 end
        if over > 1000 then over = 1000 end
        local ids = redis.call('ZRANGE', KEYS[2], 0, over - 1)
        redis.call('ZREMRANGEBYRANK', KEYS[2], 0, over - 1)
        redis.call('HDEL', KEYS[1], unpack(ids))
        return over
        """;

    /// <summary>Report id → the place it was filed for, across all places.</summary>
    private const string PlaceOf = "fa:report-places";

    public async Task Save(string locationId, IReadOnlyList<TimelineEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var db = redis.GetDatabase();
        var batch = db.CreateBatch();
        var hash = batch.HashSetAsync(Entries(locationId),
            [.. entries.Select(e => new HashEntry(e.Report.Id, JsonSerializer.SerializeToUtf8Bytes(e, DomainJson.Options)))]);
        var order = batch.SortedSetAddAsync(Chronology(locationId),
            [.. entries.Select(e => new SortedSetEntry(e.Report.Id, e.Report.ObservedAt.ToUnixTimeMilliseconds()))]);
        var places = batch.HashSetAsync(PlaceOf, [.. entries.Select(e => new HashEntry(e.Report.Id, locationId))]);
        // The trim goes in the same round trip (one connection keeps issue order, so it sees this filing): it was a
        // round trip of its own on every acknowledgement.
        var trim = retention.ReportsPerPlace > 0
            ? batch.ScriptEvaluateAsync(TrimScript, [Entries(locationId), Chronology(locationId)], [retention.ReportsPerPlace])
            : Task.CompletedTask;
        batch.Execute();
        await Task.WhenAll(hash, order, places, trim);
    }

    public async Task<IReadOnlySet<string>> Filed(IReadOnlyList<string> reportIds)
    {
        if (reportIds.Count == 0)
        {
            return new HashSet<string>();
        }
        var places = await redis.GetDatabase().HashGetAsync(PlaceOf, [.. reportIds.Select(id => (RedisValue)id)]);
        return reportIds.Where((_, i) => places[i].HasValue).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, FiledReport>> Find(IReadOnlyList<string> reportIds)
    {
        var found = new Dictionary<string, FiledReport>(StringComparer.Ordinal);
        var ids = reportIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return found;
        }
        var db = redis.GetDatabase();
        var places = await db.HashGetAsync(PlaceOf, [.. ids.Select(id => (RedisValue)id)]);
        var entries = await Task.WhenAll(ids.Select((id, i) => places[i].HasValue ? db.HashGetAsync(Entries((string)places[i]!), id) : Task.FromResult(RedisValue.Null)));
        for (var i = 0; i < ids.Count; i++)
        {
            if (entries[i].HasValue)
            {
                found[ids[i]] = new FiledReport((string)places[i]!, Parse(entries[i]).Report);
            }
        }
        return found;
    }

    public async Task<IReadOnlyList<Report>> History(string locationId)
    {
        var entries = await redis.GetDatabase().HashValuesAsync(Entries(locationId));
        return [.. entries.Select(v => Parse(v).Report)];
    }

    private static TimelineEntry Parse(RedisValue value) => JsonSerializer.Deserialize<TimelineEntry>((string)value!, DomainJson.Options)!;

    public async Task<IReadOnlyList<TimelineEntry>> Timeline(string locationId, int limit)
    {
        var db = redis.GetDatabase();
        var ids = await db.SortedSetRangeByRankAsync(Chronology(locationId), 0, limit - 1, Order.Descending);
        if (ids.Length == 0)
        {
            return [];
        }
        var values = await db.HashGetAsync(Entries(locationId), ids);
        return [.. values.Where(v => v.HasValue).Select(v => JsonSerializer.Deserialize<TimelineEntry>((string)v!, DomainJson.Options)!)];
    }

    private static RedisKey Entries(string locationId) => $"fa:reports:{{{locationId}}}";

    private static RedisKey Chronology(string locationId) => $"fa:timeline:{{{locationId}}}";
}
