using FrontAlert.Testing;
using System.Net;

namespace FrontAlert.Web.Tests;

/// <summary>Actors and sources: PUT creates then updates, GET lists, bad entries are named, trust changes count at once.</summary>
public sealed class DirectoryApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Put_creates_an_actor_with_201_updates_it_with_200_and_the_list_shows_it()
    {
        var created = await Server.Operator.PutAsync("actors/dir-militia", Json.Body(new { name = "Test Militia", side = "other" }));
        var body = await created.Read();
        var updated = await Server.Operator.PutAsync("actors/dir-militia", Json.Body(new { name = "Test Militia", side = "opposition" }));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, updated.StatusCode));
        Assert.Equal(("dir-militia", "Test Militia", "other"), (body.Str("id"), body.Str("name"), body.Str("side")));
        var actors = (await Server.Anonymous.GetJson("actors")).EnumerateArray().ToList();
        Assert.Equal("opposition", Assert.Single(actors, a => a.Str("id") == "dir-militia").Str("side"));
        Assert.Equal("government", Assert.Single(actors, a => a.Str("id") == "saa").Str("side"));
    }

    [Fact]
    public async Task Put_creates_a_source_with_201_updates_it_with_200_and_the_list_shows_it()
    {
        var created = await Server.Operator.PutAsync("sources/dir-wire", Json.Body(new { name = "Test Wire", trust = "media" }));
        var body = await created.Read();
        var updated = await Server.Operator.PutAsync("sources/dir-wire", Json.Body(new { name = "Test Wire", trust = "partisan", side = "government" }));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, updated.StatusCode));
        Assert.Equal(("dir-wire", "Test Wire", "media"), (body.Str("id"), body.Str("name"), body.Str("trust")));
        var source = Assert.Single((await Server.Anonymous.GetJson("sources")).EnumerateArray(), s => s.Str("id") == "dir-wire");
        Assert.Equal(("partisan", "government"), (source.Str("trust"), source.Str("side")));
    }

    [Theory]
    [InlineData("actors/dir-bad-side", """{"name":"X","side":"rebels"}""", "side")]
    [InlineData("actors/dir-bad-name", """{"side":"other"}""", "name")]
    [InlineData("sources/dir-bad-trust", """{"name":"X","trust":"high"}""", "trust")]
    [InlineData("sources/dir-bad-name", """{"trust":"media"}""", "name")]
    public async Task An_invalid_actor_or_source_is_a_400_naming_the_field_and_is_not_stored(string path, string json, string field)
    {
        await ApiTest.AssertInvalid(await Server.Operator.PutAsync(path, Json.Raw(json)), field);

        var list = path.Split('/')[0];
        Assert.DoesNotContain((await Server.Anonymous.GetJson(list)).EnumerateArray(), e => e.Str("id") == path.Split('/')[1]);
    }

    [Fact]
    public async Task Raising_a_sources_trust_to_monitor_confirms_its_later_claims()
    {
        Assert.Equal(HttpStatusCode.Created, (await Server.Operator.PutAsync("sources/dir-tv", Json.Body(new { name = "Test TV", trust = "partisan", side = "government" }))).StatusCode);
        await Server.Ingest(Json.Control("dir-tv-1", "sy-sarmin", "saa", "dir-tv"));
        // A partisan claim against the confirmed holder stands beside it as a challenge (assessed control, ADR 0002).
        var before = (await Server.Anonymous.GetJson("locations/sy-sarmin")).GetProperty("challenge");

        Assert.Equal(HttpStatusCode.OK, (await Server.Operator.PutAsync("sources/dir-tv", Json.Body(new { name = "Test TV", trust = "monitor" }))).StatusCode);
        await Server.Ingest(Json.Control("dir-tv-2", "sy-taftanaz", "saa", "dir-tv"));
        var after = (await Server.Anonymous.GetJson("locations/sy-taftanaz")).GetProperty("control");

        Assert.Equal(("saa", "claimed"), (before.Str("actorId"), before.Str("confidence")));
        Assert.Equal(("saa", "confirmed"), (after.Str("actorId"), after.Str("confidence")));
    }
}
