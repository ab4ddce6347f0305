using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>A feed's first screen is the newest alerts: <c>before</c> pages backwards, answers stay in seq order.</summary>
public sealed class AlertsPagingTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    [Fact]
    public async Task Before_returns_the_newest_alerts_below_it_in_seq_order_and_says_how_far_it_scanned()
    {
        var server = fixture.Server;
        await server.Place("pg-land", "country", null, 35, 38);
        await server.Place("pg-town", "town", "pg-land", 35.1, 38.1);
        (await server.Operator.PutAsync("rules/pg-strikes", Json.Body(new { kind = "strike", scopeId = "pg-land", minKilled = 1 }))).EnsureSuccessStatusCode();
        await server.Ingest([.. Enumerable.Range(0, 8).Select(i => Json.Strike($"pg-{i}", "pg-town", 1))]);
        var all = await server.Anonymous.Alerts("?scopeId=pg-land", atLeast: 8);
        var last = all[^1].GetProperty("seq").GetInt64();

        var newest = await server.Anonymous.GetAsync($"alerts?scopeId=pg-land&before={last + 1}&limit=3");
        var page = await newest.Read();

        Assert.Equal(all.TakeLast(3).Select(a => a.GetProperty("seq").GetInt64()), page.EnumerateArray().Select(a => a.GetProperty("seq").GetInt64()));
        Assert.Equal(all[^3].GetProperty("seq").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            newest.Headers.GetValues("FrontAlert-Scanned-To").Single());
        var older = await server.Anonymous.Alerts($"?scopeId=pg-land&before={all[^3].GetProperty("seq").GetInt64()}&limit=100");
        Assert.Equal(all.SkipLast(3).Select(a => a.GetProperty("id").GetString()), older.Select(a => a.GetProperty("id").GetString()));
    }
}
