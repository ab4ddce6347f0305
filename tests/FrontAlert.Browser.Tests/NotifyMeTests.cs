using System.Net;
using System.Security.Cryptography;
using System.Text.Json;

namespace FrontAlert.Browser.Tests;

/// <summary>
/// "Notify me" and the settings page against the real /subscriptions API. Headless Chromium has no push service to
/// reach from this machine (Chromium's own is Google's), so the browser's PushManager hands out a subscription with an
/// endpoint and keys the test made; everything after that (permission, the VAPID key, the API, the page) is real.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotifyMeTests(BrowserFixture fx)
{
    private const string Endpoint = "http://127.0.0.1:9/push/browser-notify-me"; // nothing listens: delivery just retries

    [Fact]
    public async Task Notify_me_subscribes_the_area_on_screen_widens_it_on_another_page_and_the_settings_page_changes_and_removes_it()
    {
        await using var web = await fx.Open("/?area=sy-idlib&min=warning", permissions: ["notifications"]);
        var page = web.Page;
        await page.Context.AddInitScriptAsync(FakePushManager(Endpoint, NewKeys()));
        await page.ReloadAsync();

        await page.Locator("#notify").ClickAsync();
        await Expect(page.Locator("#notify-severity")).ToHaveValueAsync("warning");
        await page.Locator("#notify-on").ClickAsync();
        await Expect(page.Locator("#notify")).ToHaveAttributeAsync("aria-pressed", "true");
        var first = await Stored(page);
        var view = await ServerView(first);
        Assert.Equal("webpush", view.GetProperty("channel").GetString());
        Assert.Equal(Endpoint, view.GetProperty("endpoint").GetString());
        Assert.Equal(["sy-idlib"], view.GetProperty("scopeIds").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal("warning", view.GetProperty("minSeverity").GetString());

        // a place inside Idlib is already covered; Aleppo is added to the same Subscription (a new one replaces the old)
        await page.GotoAsync("/location.html?id=sy-saraqib");
        await Expect(page.Locator("#notify")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync("/location.html?id=sy-aleppo-city");
        await Expect(page.Locator("#notify")).ToHaveAttributeAsync("aria-pressed", "false");
        await page.Locator("#notify").ClickAsync();
        await Expect(page.Locator("#notify-current")).ToContainTextAsync("Idlib Governorate");
        await page.Locator("#notify-on").ClickAsync();
        await Expect(page.Locator("#notify")).ToHaveAttributeAsync("aria-pressed", "true");
        var second = await Stored(page);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(["sy-idlib", "sy-aleppo-city"], (await ServerView(second)).GetProperty("scopeIds").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(HttpStatusCode.NotFound, await Status(first)); // the replaced one is gone

        // the settings page shows it as the server has it, changes it, and removes it
        await page.GotoAsync("/settings.html");
        await Expect(page.Locator("#sub-areas li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#sub-severity")).ToHaveAttributeAsync("data-value", "warning");
        await Expect(page.Locator("#sub-delivery [data-field='status']")).ToHaveTextAsync("active");
        await web.Screenshot("settings", fullPage: true);
        await Expect(page.Locator("#key-changed")).ToHaveCountAsync(0);

        // the server's push key changed (the embedded server makes one per start): the page says to subscribe again
        await page.EvaluateAsync("() => sessionStorage.setItem('fake-push-key', JSON.stringify([4, ...new Array(64).fill(7)]))");
        await page.ReloadAsync();
        await Expect(page.Locator("#key-changed")).ToBeVisibleAsync();
        await page.Locator("#areas li[data-id='sy-idlib'] button").ClickAsync();
        await page.Locator("#min-severity").SelectOptionAsync("critical");
        await page.Locator("#kinds input[value='control-change']").CheckAsync();
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator("#sub-severity")).ToHaveAttributeAsync("data-value", "critical");
        await Expect(page.Locator("#key-changed")).ToHaveCountAsync(0); // subscribed again with the server's key
        var third = await Stored(page);
        var changed = await ServerView(third);
        Assert.Equal(["sy-aleppo-city"], changed.GetProperty("scopeIds").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal("critical", changed.GetProperty("minSeverity").GetString());
        Assert.Equal(["control-change"], changed.GetProperty("kinds").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(HttpStatusCode.NotFound, await Status(second));

        await page.Locator("#remove").ClickAsync();
        await Expect(page.Locator("#sub-none")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.NotFound, await Status(third));
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('frontalert.subscription')"));
        web.AssertStayedLocal();
        web.AssertNoScriptErrors();
    }

    private sealed record Record(string Id, string Token);

    private static async Task<Record> Stored(IPage page)
    {
        var json = await page.EvaluateAsync<string>("() => localStorage.getItem('frontalert.subscription')");
        var root = JsonDocument.Parse(json).RootElement;
        return new Record(root.GetProperty("id").GetString()!, root.GetProperty("token").GetString()!);
    }

    private async Task<JsonElement> ServerView(Record record)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"subscriptions/{record.Id}");
        request.Headers.Add("X-Subscription-Token", record.Token);
        using var response = await fx.Server.Anonymous.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpStatusCode> Status(Record record)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"subscriptions/{record.Id}");
        request.Headers.Add("X-Subscription-Token", record.Token);
        using var response = await fx.Server.Anonymous.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A receiver's keys as a browser would make them: an uncompressed P-256 public key and a 16-byte secret.</summary>
    private static (string P256dh, string Auth) NewKeys()
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = key.ExportParameters(false).Q;
        return (Base64Url([0x04, .. q.X!, .. q.Y!]), Base64Url(RandomNumberGenerator.GetBytes(16)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>PushManager as a browser with a reachable push service behaves: subscribe() remembers the server key.</summary>
    private static string FakePushManager(string endpoint, (string P256dh, string Auth) keys) => $$"""
        (() => {
          if (!('PushManager' in self)) return;
          const endpoint = {{JsonSerializer.Serialize(endpoint)}};
          const keys = { p256dh: {{JsonSerializer.Serialize(keys.P256dh)}}, auth: {{JsonSerializer.Serialize(keys.Auth)}} };
          // kept in sessionStorage, as a browser keeps its push subscription across pages
          const make = key => ({ endpoint, expirationTime: null, options: { applicationServerKey: key, userVisibleOnly: true },
            toJSON: () => ({ endpoint, expirationTime: null, keys }),
            unsubscribe: async () => { sessionStorage.removeItem('fake-push-key'); return true; } });
          PushManager.prototype.subscribe = async function (options) {
            const key = new Uint8Array(options.applicationServerKey);
            sessionStorage.setItem('fake-push-key', JSON.stringify([...key]));
            return make(key.slice().buffer);
          };
          PushManager.prototype.getSubscription = async function () {
            const saved = sessionStorage.getItem('fake-push-key');
            return saved ? make(new Uint8Array(JSON.parse(saved)).buffer) : null;
          };
        })();
        """;
}
