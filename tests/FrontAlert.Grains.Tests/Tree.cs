using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;

namespace FrontAlert.Grains.Tests;

/// <summary>A fresh country > governorate > district > town for one test, so tests never share totals.</summary>
public sealed record Tree(string Country, string Governorate, string District, string Town, string OtherTown)
{
    public static async Task<Tree> Create(IGrainFactory grains)
    {
        var p = "t" + Guid.NewGuid().ToString("N")[..8];
        var tree = new Tree($"{p}-country", $"{p}-gov", $"{p}-district", $"{p}-town", $"{p}-other");
        var catalog = grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);
        await catalog.PutLocation(new Location(tree.Country, "Testland", LocationKind.Country, null));
        await catalog.PutLocation(new Location(tree.Governorate, "Test Governorate", LocationKind.Governorate, tree.Country));
        await catalog.PutLocation(new Location(tree.District, "Test District", LocationKind.District, tree.Governorate));
        await catalog.PutLocation(new Location(tree.Town, "Testtown", LocationKind.Town, tree.District, 35.1, 36.7));
        await catalog.PutLocation(new Location(tree.OtherTown, "Otherton", LocationKind.Town, tree.District, 35.2, 36.8));
        return tree;
    }
}
