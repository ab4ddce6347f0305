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
            var all = await world.Logged();
            Assert.Equal(4 + 5 + 6 + 7 + 8, all.Count);

            for (var i = 0; i < listeners.Length; i++)
            {
                var expected = all.Where(a => ScopeOf(i) == world.Country || a.Location == ScopeOf(i)).ToList();
                await listeners[i].WaitFor(expected.Count);
            }
            await Task.Delay(300);
            for (var i = 0; i < listeners.Length; i++)
            {
                var expected = all.Where(a => ScopeOf(i) == world.Country || a.Location == ScopeOf(i)).ToList();
                Assert.Equal(expected, listeners[i].Alerts.ToList());
            }
        }
        finally
        {
            await Task.WhenAll(listeners.Select(l => l.DisposeAsync().AsTask()));
        }
    }
}
