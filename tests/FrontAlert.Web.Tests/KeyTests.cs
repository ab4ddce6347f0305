using System.Net;
using System.Security.Cryptography;
using System.Text;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>API keys given as SHA-256 hashes, the minimum length, and the per-address limit on wrong keys.</summary>
public sealed class KeyTests
{
    private const string CiKey = "ci-reporter-key-0123456789";

    [Fact]
    public async Task A_key_configured_only_as_its_sha256_hash_opens_its_role_and_a_near_miss_does_not()
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CiKey))).ToLowerInvariant();
        await using var server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
        {
            ["FrontAlert:Keys:ci:Role"] = "reporter",
            ["FrontAlert:Keys:ci:Sha256"] = hash,
            [Roles.OperatorKeyVariable] = "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Keys.Operator))),
        });
        using var ci = server.Client(CiKey);
        var posted = await ci.PostAsync("reports", Json.Body(new[] { Json.Strike("hashed-key-1", "sy-saraqib", 1) }));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ci.PutAsync("sources/hashed", Json.Body(new { name = "x", trust = "media" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await server.Operator.PutAsync("sources/hashed", Json.Body(new { name = "x", trust = "media" }))).StatusCode);
        using var near = server.Client(CiKey[..^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await near.GetAsync("alerts")).StatusCode);
        using var theHash = server.Client(hash);
        Assert.Equal(HttpStatusCode.Unauthorized, (await theHash.GetAsync("alerts")).StatusCode); // the hash is not the key
    }

    [Fact]
    public async Task A_key_shorter_than_the_minimum_stops_the_node_naming_the_setting_not_the_key()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FrontAlertServer.Start(settings: new Dictionary<string, string?>
        {
            ["FrontAlert:Keys:weak:Role"] = "operator",
            ["FrontAlert:Keys:weak:Key"] = "hunter2",
        }));
        Assert.Contains("FrontAlert:Keys:weak", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 16 characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_too_many_wrong_keys_an_address_is_refused_with_429_even_with_the_right_key()
    {
        await using var server = await FrontAlertServer.Start(settings: new Dictionary<string, string?> { ["FrontAlert:Limits:FailedKeysPerMinute"] = "3" });
        using var guesser = server.Client("wrong-key-guess-0000");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("alerts")).StatusCode);
        }
        var refused = await guesser.GetAsync("alerts");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await server.Operator.PutAsync("sources/guessed", Json.Body(new { name = "x", trust = "media" }))).StatusCode);
        // reads without a key still work: the limit is on keys, not on the address
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync("alerts")).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_content_security_policy_and_nosniff()
    {
        await using var server = await FrontAlertServer.Start();
        foreach (var path in new[] { "/", "/api/v1/alerts", "/api/v1/health/live", "/config.js", "/api/v1/locations/nowhere" })
        {
            var response = await server.Anonymous.GetAsync(new Uri(server.Address, path));
            Assert.True(response.Headers.Contains("Content-Security-Policy"), path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }
}
