using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Grains.Tests;

/// <summary>Issue case 7: the catalog grain checks moves itself, so two concurrent moves cannot close a cycle.</summary>
public sealed class MoveCycleTests(RedisCluster fixture) : IClassFixture<RedisCluster>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Two_concurrent_moves_that_would_close_a_cycle_cannot_both_go_in()
    {
        var tree = await Tree.Create(Grains);
        var catalog = Grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);
        var (a, b) = ($"{tree.Governorate}-a", $"{tree.Governorate}-b");
        await catalog.PutLocation(new Location(a, "A", LocationKind.District, tree.Governorate));
        await catalog.PutLocation(new Location(b, "B", LocationKind.District, tree.Governorate));

        // Both moves look fine on the catalog as it was before either: a under b, b under a.
        var results = await Task.WhenAll(
            catalog.PutLocation(new Location(a, "A", LocationKind.District, b)),
            catalog.PutLocation(new Location(b, "B", LocationKind.District, a)));

        var refused = Assert.Single(results, r => r.Length > 0);
        Assert.Equal(new FieldError("parentId", "would put the location inside its own subtree"), Assert.Single(refused));
        var stored = (await catalog.Snapshot()).ToCatalog();
        Assert.Contains(tree.Governorate, stored.Ancestors(a));
        Assert.Contains(tree.Governorate, stored.Ancestors(b));
    }

    [Fact]
    public async Task A_location_under_an_unknown_parent_is_refused_naming_the_field()
    {
        var refused = await Grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).PutLocation(new Location("orphan-" + Guid.NewGuid().ToString("N")[..6], "O", LocationKind.Town, "nowhere"));

        Assert.Equal("parentId", Assert.Single(refused).Field);
    }
}
