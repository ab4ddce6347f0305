using FrontAlert.Contracts;
using StackExchange.Redis;

namespace FrontAlert.Adapters;

/// <summary>The pending marks as one Redis set. Commands on one multiplexer run in issue order, so a clear issued
/// before a later mark can never erase it.</summary>
public sealed class RedisPendingWork(IConnectionMultiplexer redis) : IPendingWork
{
    private const string Key = "fa:pending";

    public Task Mark(string locationId) => redis.GetDatabase().SetAddAsync(Key, locationId);

    public Task Clear(string locationId) => redis.GetDatabase().SetRemoveAsync(Key, locationId);

    public async Task<IReadOnlyList<string>> List() =>
        [.. (await redis.GetDatabase().SetMembersAsync(Key)).Select(v => (string)v!)];
}
