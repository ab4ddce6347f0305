using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Hub;

public sealed class ManySubscribersTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    [Fact]
    public async Task Two_hundred_subscribers_with_different_scopes_each_receive_exactly_their_alerts()
    {
        var world = new HubWorld(fixture.Server, "many");
        await world.Create(towns: 5);
        string ScopeOf(int i) => i % 6 == 5 ? world.Country : world.Town(i % 6);
        var listeners = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => world.Listen([ScopeOf(i)], afterSeq: 0)));
        try
        {
            for (var town = 0; town < 5; town++)
            {
                await world.Strikes(town, 4 + town, $"t{town}");
            }
            Assert.Equal(4 + 5 + 6 + 7 + 8, (await world.Logged()).Count);

            // One more alert per town: a listener holding the last one in its scope has had every earlier one it would
            // ever get, so a repeat or a stray from another scope would be in its list now.
            var all = await world.Sentinels(towns: 5);
            Assert.Equal(4 + 5 + 6 + 7 + 8 + 5, all.Count);
            var expected = listeners.Select((_, i) => all.Where(a => ScopeOf(i) == world.Country || a.Location == ScopeOf(i)).ToList()).ToList();
            await Task.WhenAll(listeners.Select((l, i) => l.WaitForId(expected[i][^1].Id)));
            for (var i = 0; i < listeners.Length; i++)
            {
                Assert.Equal(expected[i], listeners[i].Alerts.ToList());
            }
        }
        finally
        {
            await Task.WhenAll(listeners.Select(l => l.DisposeAsync().AsTask()));
        }
    }
}
