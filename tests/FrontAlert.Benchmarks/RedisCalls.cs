using StackExchange.Redis;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Redis's own count of the commands it ran (<c>INFO commandstats</c>): the difference across a measured run says
/// how many reads, scripts and writes each push cost, which is the part of a profile the server can vouch for.
/// </summary>
public static class RedisCalls
{
    public static async Task<Dictionary<string, long>> Count(string connectionString)
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true");
        var server = mux.GetServer(mux.GetEndPoints()[0]);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in await server.InfoAsync("commandstats"))
        {
            foreach (var (key, value) in group)
            {
                // cmdstat_xrange: calls=12,usec=345,...
                var calls = value.Split(',').FirstOrDefault(p => p.StartsWith("calls=", StringComparison.Ordinal));
                if (key.StartsWith("cmdstat_", StringComparison.Ordinal) && calls is not null)
                {
                    counts[key["cmdstat_".Length..]] = long.Parse(calls["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        return counts;
    }

    /// <summary>Commands run between two counts, per <paramref name="per"/> units, the busiest first.</summary>
    public static Dictionary<string, double> PerUnit(Dictionary<string, long> before, Dictionary<string, long> after, long per) =>
        after.Select(kv => (kv.Key, Calls: kv.Value - before.GetValueOrDefault(kv.Key)))
            .Where(x => x.Calls > 0 && x.Key is not "info")
            .OrderByDescending(x => x.Calls)
            .ToDictionary(x => x.Key, x => Math.Round((double)x.Calls / per, 3));
}
