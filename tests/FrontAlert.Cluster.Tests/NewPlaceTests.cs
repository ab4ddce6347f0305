using System.Text.Json;
using FrontAlert.Testing;
using Xunit.Abstractions;

namespace FrontAlert.Cluster.Tests;

/// <summary>
/// A place created through one web node takes reports through another at once, and its ancestors' rules hear them,
/// wherever in the cluster its grain lands: no node's catalog, a second old, makes it unknown or a root.
/// </summary>
public sealed class NewPlaceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_place_created_on_one_node_is_known_at_once_on_every_node_with_its_ancestors()
    {
        await using var world = new ClusterWorld(output);
        await world.Start(silos: 2, webs: 2);
        using var op = world.Webs[0].Client(Keys.Operator);
        using var reporter = world.Webs[1].Client(Keys.Reporter);
        // Every node holds a catalog by now: the places' grains, on both silos, have read one.
        (await reporter.PostAsync("reports", Json.Body(ClusterWorld.Places.Select(p => Json.Strike($"np-warm-{p}", p, 1))))).EnsureSuccessStatusCode();
        await Eventually.Until(() => reporter.GetJson("alerts?limit=1000"), a => a.GetArrayLength() >= ClusterWorld.Places.Length, TimeSpan.FromSeconds(30));

        var towns = Enumerable.Range(1, 8).Select(n => $"sy-np-town-{n}").ToList();
        foreach (var town in towns)
        {
            (await op.PutAsync($"locations/{town}", Json.Body(new { name = town, kind = "town", parentId = "sy-idlib", lat = 35.9, lon = 36.6 }))).EnsureSuccessStatusCode();
            var posted = await (await reporter.PostAsync("reports", Json.Body(new[] { Json.Strike($"np-{town}", town, 2) }))).Read();
            Assert.True(posted.GetProperty("accepted").GetInt32() == 1, $"{town}: {posted}"); // not "unknown location" on the other node
        }

        // the country-wide strike rule is an ancestor's rule: each new town's strike raised its alert
        var alerts = await Eventually.Get(() => reporter.GetJson("alerts?limit=1000&scopeId=sy-idlib"),
            a => towns.All(t => a.EnumerateArray().Any(x => Str(x, "locationId") == t)), TimeSpan.FromSeconds(30));
        var alerted = alerts.EnumerateArray().Where(x => Str(x, "ruleId") == "every-strike").Select(x => Str(x, "locationId")).ToHashSet();
        var roots = towns.Where(t => !alerted.Contains(t)).ToList();
        Assert.True(roots.Count == 0, $"no alert for {string.Join(", ", roots)}: their grains took themselves for roots");
        var idlib = await Eventually.Get(() => reporter.GetJson("locations/sy-idlib"), s => Killed(s) >= 2 * towns.Count, TimeSpan.FromSeconds(30));
        Assert.True(Killed(idlib) >= 2 * towns.Count, $"sy-idlib counts {Killed(idlib)} killed");
    }

    private static string? Str(JsonElement e, string name) => e.GetProperty(name).GetString();

    private static long Killed(JsonElement state) =>
        state.GetProperty("tolls").TryGetProperty("killed", out var k) ? k.GetProperty("incidents").GetInt64() : 0;
}
