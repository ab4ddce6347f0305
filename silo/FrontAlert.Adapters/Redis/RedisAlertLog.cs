using System.Globalization;
using FrontAlert.Contracts;
using System.Text.Json;
using FrontAlert.Domain;
using StackExchange.Redis;

namespace FrontAlert.Adapters;

/// <summary>
/// The alert log as a Redis Stream whose entry ids are the alerts' <c>seq</c>. One Lua script does the idempotency
/// check, the deployment-wide counter and the append atomically, so within one epoch a seq is never skipped, repeated
/// or reused. The epoch is tied to the Redis process that holds the data (its <c>run_id</c>): the first script to run
/// after Redis restarted starts a new epoch whose fork is the counter it came back with, before any seq is given out.
/// A restart that lost nothing costs a new epoch id and no client anything (every cursor is at or below the fork);
/// one that lost the tail of the AOF, or came back on an older copy, is exactly what the fork tells clients about.
/// </summary>
public sealed class RedisAlertLog(IConnectionMultiplexer redis) : IAlertLog
{
    public const string Stream = "fa:alerts";
    private const string Ids = "fa:alerts:ids";
    private const string Counter = "fa:alerts:seq";
    private const string EpochKey = "fa:alerts:epoch";
    private const string RunKey = "fa:alerts:epoch:run";
    private const string Epochs = "fa:alerts:epochs";
    private static readonly RedisChannel AppendedChannel = RedisChannel.Literal("fa:alerts:appended");
    private static readonly RedisKey[] Keys = [Ids, Counter, Stream, EpochKey, RunKey, Epochs];

    // KEYS: ids, counter, stream, epoch, run, epochs. ARGV[1]: the epoch id to start if one must start.
    private const string EnsureEpoch = """
        local function ensure_epoch(candidate)
          local run = string.match(redis.call('INFO', 'server'), 'run_id:(%w+)')
          local id = redis.call('GET', KEYS[4])
          if id and redis.call('GET', KEYS[5]) == run then return id end
          local fork = tonumber(redis.call('GET', KEYS[2]) or '0')
          redis.call('SET', KEYS[4], candidate)
          redis.call('SET', KEYS[5], run)
          redis.call('RPUSH', KEYS[6], candidate .. ' ' .. fork)
          redis.call('PUBLISH', 'fa:alerts:appended', '1')
          return candidate
        end
        """;

    private static readonly string AppendScript = EnsureEpoch + "\n" + """
        local out = { ensure_epoch(ARGV[1]) }
        local added = false
        for i = 2, #ARGV, 2 do
          local seq = redis.call('HGET', KEYS[1], ARGV[i])
          if not seq then
            seq = redis.call('INCR', KEYS[2])
            redis.call('XADD', KEYS[3], seq .. '-0', 'a', ARGV[i + 1])
            redis.call('HSET', KEYS[1], ARGV[i], seq)
            added = true
          end
          out[#out + 1] = tonumber(seq)
        end
        if added then redis.call('PUBLISH', 'fa:alerts:appended', '1') end
        return out
        """;

    private static readonly string EpochScript = EnsureEpoch + "\n" + """
        local id = ensure_epoch(ARGV[1])
        local last = redis.call('GET', KEYS[2]) or '0'
        local first = redis.call('XRANGE', KEYS[3], '-', '+', 'COUNT', 1)[1]
        local out = { id, last, first and string.match(first[1], '^(%d+)') or tostring(tonumber(last) + 1) }
        for _, entry in ipairs(redis.call('LRANGE', KEYS[6], 0, -1)) do out[#out + 1] = entry end
        return out
        """;

    public async Task<IReadOnlyList<Alert>> Append(IReadOnlyList<Alert> alerts)
    {
        if (alerts.Count == 0)
        {
            return [];
        }
        var args = new RedisValue[] { EpochIds.New() }
            .Concat(alerts.SelectMany(a => new RedisValue[] { a.Id, LoggedAlert.Stored(a) }))
            .ToArray();
        var db = redis.GetDatabase();
        // The report index goes in the same round trip; it is a set, so a repeated append indexes nothing twice, and an
        // entry for an append that failed only points at an alert Find does not know.
        var indexed = Task.WhenAll(alerts
            .SelectMany(a => a.ReportIds.Select(r => (Report: r, a.Id)))
            .GroupBy(x => x.Report, StringComparer.Ordinal)
            .Select(g => db.SetAddAsync(OnReport(g.Key), [.. g.Select(x => (RedisValue)x.Id)])));
        // The latest alert of each rule per place, for inhibitions; issued in order, so a later alert overwrites.
        var latest = Task.WhenAll(alerts
            .Where(a => a.Kind is not (RuleKind.Correction or RuleKind.Contested))
            .Select(a => db.HashSetAsync(LatestOf(a.RuleId), a.LocationId, a.Id)));
        var result = (RedisResult[])(await db.ScriptEvaluateAsync(AppendScript, Keys, args))!;
        await Task.WhenAll(indexed, latest);
        var epoch = (string)result[0]!;
        return [.. alerts.Select((a, i) => a with { Seq = (long)result[i + 1], Epoch = epoch })];
    }

    // Every Subscription grain vouches for its cursor before each page: concurrent asks share one script run, none
    // older than its ask. The pages are shared the same way, by readers that say what they know (see RecentPages).
    private readonly Coalesced<LogEpoch> _epoch = new(() => ReadEpoch(redis));
    private readonly RecentPages _pages = new((after, limit) => RangeOf(redis, t => t.StreamRangeAsync(Stream, $"{after + 1}-0", "+", limit)));

    public async Task<LogEpoch> Epoch()
    {
        var epoch = await _epoch.Get();
        _pages.Observe(epoch.Id);
        return epoch;
    }

    private static async Task<LogEpoch> ReadEpoch(IConnectionMultiplexer redis)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(EpochScript, Keys, [EpochIds.New()]))!;
        var history = result.Skip(3).Select(r => ((string)r!).Split(' ')).Select(p => new EpochStart(p[0], long.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
        return new LogEpoch((string)result[0]!, long.Parse((string)result[1]!, CultureInfo.InvariantCulture), history)
        {
            FirstSeq = long.Parse((string)result[2]!, CultureInfo.InvariantCulture),
        };
    }

    public Task<IReadOnlyList<Alert>> Read(long after, int limit) =>
        Range(t => t.StreamRangeAsync(Stream, $"{after + 1}-0", "+", limit));

    public Task<IReadOnlyList<Alert>> Read(long after, int limit, long known) => _pages.Read(after, limit, known);

    /// <summary>The same transaction as <see cref="Read(long, int)"/>, the entries' JSON handed on as Redis sent it.</summary>
    public async Task<IReadOnlyList<LoggedAlert>> ReadLogged(long after, int limit)
    {
        var (id, page) = await EntriesOf(redis, t => t.StreamRangeAsync(Stream, $"{after + 1}-0", "+", limit));
        _pages.Observe(id);
        var logged = new LoggedAlert[page.Length];
        for (var i = 0; i < page.Length; i++)
        {
            logged[i] = new LoggedAlert(SeqOf(page[i]), id, (ReadOnlyMemory<byte>)page[i]["a"]);
        }
        return logged;
    }

    /// <summary>An entry id is <c>{seq}-0</c>: the digits before the dash, read from its bytes.</summary>
    private static long SeqOf(StreamEntry entry) =>
        System.Buffers.Text.Utf8Parser.TryParse(((ReadOnlyMemory<byte>)entry.Id).Span, out long seq, out _)
            ? seq
            : throw new FormatException($"alert log entry id '{entry.Id}' is not a seq");

    public Task<IReadOnlyList<Alert>> ReadBefore(long before, int limit) => before <= 1
        ? Task.FromResult<IReadOnlyList<Alert>>([])
        : Range(t => t.StreamRangeAsync(Stream, "-", $"{before - 1}-0", limit, Order.Descending));

    private async Task<IReadOnlyList<Alert>> Range(Func<ITransaction, Task<StreamEntry[]>> range)
    {
        var (epoch, alerts) = await RangeOf(redis, range);
        _pages.Observe(epoch);
        return alerts;
    }

    /// <summary>The entries and the epoch in one transaction, so an alert is never stamped with an epoch it is not of.</summary>
    private static async Task<(string? Epoch, IReadOnlyList<Alert> Alerts)> RangeOf(IConnectionMultiplexer redis, Func<ITransaction, Task<StreamEntry[]>> range)
    {
        var (id, entries) = await EntriesOf(redis, range);
        return (id, [.. entries.Select(e => Parse(e) with { Epoch = id })]);
    }

    /// <summary>The stream entries a range names, and the epoch, read in one transaction.</summary>
    private static async Task<(string? Epoch, StreamEntry[] Entries)> EntriesOf(IConnectionMultiplexer redis, Func<ITransaction, Task<StreamEntry[]>> range)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        var epoch = transaction.StringGetAsync(EpochKey);
        var entries = range(transaction);
        await transaction.ExecuteAsync();
        return ((string?)await epoch, await entries);
    }

    /// <summary>
    /// Drops the oldest alerts beyond <paramref name="maxCount"/> or raised before <paramref name="raisedBefore"/>, with
    /// their entries in the id map. The counter is not touched: seqs go on from where they were. How many went.
    /// </summary>
    public async Task<int> Trim(long maxCount, DateTimeOffset? raisedBefore)
    {
        const int Page = 500;
        var db = redis.GetDatabase();
        var keepFrom = maxCount > 0 ? await LastSeq() - maxCount + 1 : 0;
        var trimmed = 0;
        while (true)
        {
            var page = (await db.StreamRangeAsync(Stream, "-", "+", Page)).Select(Parse).ToList();
            var cut = page.TakeWhile(a => a.Seq < keepFrom || a.RaisedAt < raisedBefore).ToList();
            if (cut.Count == 0)
            {
                return trimmed;
            }
            // the ids first: an id without its entry is a re-append that gets a new seq, an entry without its id a repeat
            await db.HashDeleteAsync(Ids, [.. cut.Select(a => (RedisValue)a.Id)]);
            await db.ExecuteAsync("XTRIM", Stream, "MINID", $"{cut[^1].Seq + 1}-0");
            trimmed += cut.Count;
            if (cut.Count < page.Count)
            {
                return trimmed;
            }
        }
    }

    public async Task<long> LastSeq()
    {
        var value = await redis.GetDatabase().StringGetAsync(Counter);
        return value.IsNull ? 0 : (long)value;
    }

    public IDisposable OnAppended(Action appended)
    {
        void Handler(RedisChannel _, RedisValue __) => appended();
        redis.GetSubscriber().Subscribe(AppendedChannel, Handler);
        return new Unwatch(() => redis.GetSubscriber().Unsubscribe(AppendedChannel, Handler));
    }

    public async Task<Alert?> Find(string id)
    {
        var db = redis.GetDatabase();
        var seq = await db.HashGetAsync(Ids, id);
        if (seq.IsNull)
        {
            return null;
        }
        var entries = await db.StreamRangeAsync(Stream, $"{seq}-0", $"{seq}-0", 1);
        return entries.Length == 0 ? null : Parse(entries[0]);
    }

    public async Task<IReadOnlyList<Alert>> StandingOn(IReadOnlyList<string> reportIds)
    {
        var db = redis.GetDatabase();
        var ids = (await Task.WhenAll(reportIds.Distinct(StringComparer.Ordinal).Select(r => db.SetMembersAsync(OnReport(r)))))
            .SelectMany(m => m).Select(v => (string)v!).Distinct(StringComparer.Ordinal);
        var found = await Task.WhenAll(ids.Select(Find));
        return [.. found.OfType<Alert>().OrderBy(a => a.Seq)];
    }

    public async Task<IReadOnlyList<Alert>> Latest(string ruleId, IReadOnlyList<string> locationIds)
    {
        if (locationIds.Count == 0)
        {
            return [];
        }
        var ids = await redis.GetDatabase().HashGetAsync(LatestOf(ruleId), [.. locationIds.Select(l => (RedisValue)l)]);
        var found = await Task.WhenAll(ids.Where(v => v.HasValue).Select(v => Find((string)v!)));
        return [.. found.OfType<Alert>()];
    }

    private static RedisKey LatestOf(string ruleId) => $"fa:alerts:latest:{ruleId}";

    private static RedisKey OnReport(string reportId) => $"fa:alerts:on-report:{reportId}";

    public static Alert Parse(StreamEntry entry)
    {
        // straight from the entry's UTF-8 bytes: no string to decode and re-encode (a replay parses 100,000 of these)
        var alert = JsonSerializer.Deserialize<Alert>(((ReadOnlyMemory<byte>)entry["a"]).Span, DomainJson.Options)!;
        return alert with { Seq = SeqOf(entry) };
    }
}
