using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests.Delivery;

/// <summary>
/// <c>/subscriptions</c> on a server with the production rules: https only, no private receivers, webhooks and the
/// list for the operator, a token for everything else; bad input is a 400 naming the field and stores nothing.
/// </summary>
public sealed class SubscriptionsApiTests(SubscriptionsApiTests.StrictServer fixture) : IClassFixture<SubscriptionsApiTests.StrictServer>
{
    private FrontAlertServer Server => fixture.Server;

    /// <summary>Production rules for receivers; only the rate limit is off, as these tests post many bad bodies.</summary>
    public sealed class StrictServer : IAsyncLifetime
    {
        public FrontAlertServer Server { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Server = await FrontAlertServer.Start(settings: new Dictionary<string, string?> { ["FrontAlert:Limits:SubscriptionsPerMinute"] = "0" });

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private static object Push(string endpoint, object? keys = null) =>
        new { channel = "webpush", endpoint, keys = keys ?? PushKeys.Generate().Json };

    public static TheoryData<string, string> BadWebPush => new()
    {
        { """{"channel":"carrier-pigeon"}""", "channel" },
        { """{"channel":"webpush","endpoint":"https://push.example/1"}""", "keys" },
        { """{"channel":"webpush","endpoint":"https://push.example/1","keys":{"p256dh":"AAAA","auth":"AAAAAAAAAAAAAAAAAAAAAA"}}""", "keys.p256dh" },
        { """{"channel":"webpush","endpoint":"https://push.example/1","keys":{"p256dh":"BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","auth":"AAAA"}}""", "keys.auth" },
        { """{"channel":"webpush","keys":{}}""", "endpoint" },
    };

    [Theory]
    [MemberData(nameof(BadWebPush))]
    public async Task A_bad_web_push_subscription_is_a_400_naming_the_field(string body, string field)
    {
        await ApiTest.AssertInvalid(await Server.Anonymous.PostAsync("subscriptions", Json.Raw(body)), field);
    }

    [Theory]
    [InlineData("http://push.example/1", "must be https://")]
    [InlineData("https://127.0.0.1/push", "loopback")]
    [InlineData("https://localhost:8443/push", "loopback")]
    [InlineData("https://10.1.2.3/push", "private")]
    [InlineData("https://192.168.0.7/push", "private")]
    [InlineData("https://169.254.169.254/latest", "link-local")]
    [InlineData("https://[::1]/push", "loopback")]
    [InlineData("https://[fe80::1]/push", "link-local")]
    [InlineData("ftp://push.example/1", "https://")]
    public async Task An_endpoint_that_is_not_https_or_reaches_a_private_address_is_refused(string endpoint, string reason)
    {
        var problem = await ApiTest.AssertInvalid(await Server.Anonymous.PostAsync("subscriptions", Json.Body(Push(endpoint))), "endpoint");
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("endpoint")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await Server.Operator.GetJson("subscriptions")).EnumerateArray());
    }

    [Theory]
    [InlineData("minSeverity", "\"loud\"")]
    [InlineData("minConfidence", "\"rumoured\"")]
    [InlineData("kinds", "[\"gossip\"]")]
    [InlineData("scopeIds", "[\"atlantis\"]")]
    [InlineData("groupWaitSeconds", "-1")]
    [InlineData("groupIntervalSeconds", "\"soon\"")]
    public async Task A_bad_filter_is_a_400_naming_it(string field, string value)
    {
        var body = $$"""{"channel":"webpush","endpoint":"https://127.0.0.1/x","keys":{"p256dh":"{{PushKeys.Generate().P256dh}}","auth":"AAAAAAAAAAAAAAAAAAAAAA"},"{{field}}":{{value}}}""";
        await ApiTest.AssertInvalid(await Server.Anonymous.PostAsync("subscriptions", Json.Raw(body)), field);
    }

    [Theory]
    [InlineData("""{"channel":"webhook","url":"https://hooks.example/a","secret":"not-a-secret"}""", "secret")]
    [InlineData("""{"channel":"webhook","url":"https://hooks.example/a","secret":"whsec_c2hvcnQ="}""", "secret")]
    [InlineData("""{"channel":"webhook","url":"https://hooks.example/a","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw","format":"slack"}""", "format")]
    [InlineData("""{"channel":"webhook","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""", "url")]
    [InlineData("""{"channel":"webhook","url":"https://10.0.0.5/hook","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""", "url")]
    public async Task A_bad_webhook_is_a_400_naming_the_field(string body, string field)
    {
        await ApiTest.AssertInvalid(await Server.Operator.PostAsync("subscriptions", Json.Raw(body)), field);
    }

    [Fact]
    public async Task Webhooks_and_the_list_are_for_the_operator_only()
    {
        var hook = """{"channel":"webhook","url":"https://hooks.example/a","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""";
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.Anonymous.PostAsync("subscriptions", Json.Raw(hook))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.Reporter.PostAsync("subscriptions", Json.Raw(hook))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.Anonymous.GetAsync("subscriptions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.Reporter.GetAsync("subscriptions")).StatusCode);
    }
}
