using System.Collections.Concurrent;
using Lib.Net.Http.WebPush.Authentication;

namespace FrontAlert.Grains;

/// <summary>
/// Keeps each push service's VAPID JWT until an hour before it expires, so a burst of pushes to one service signs
/// once instead of once per push.
/// </summary>
public sealed class VapidTokens(TimeProvider clock) : IVapidTokenCache
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, string Token)> _tokens = new(StringComparer.Ordinal);

    public void Put(string audience, DateTimeOffset expiration, string token) => _tokens[audience] = (expiration, token);

    public string? Get(string audience) =>
        _tokens.TryGetValue(audience, out var entry) && entry.Expires - clock.GetUtcNow() > TimeSpan.FromHours(1) ? entry.Token : null;
}
