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

            // Two more rounds of one alert per town. A listener holding its last one has had every alert it would get
            // before it; the first round's seqs are all below the second's, so a repeat, or a stray from another scope,
            // of anything up to the first round would be in its list now.
            await world.Sentinels(towns: 5);
            var all = await world.Sentinels(towns: 5);
            Assert.Equal(4 + 5 + 6 + 7 + 8 + 10, all.Count);
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
