using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Browser.Tests;

/// <summary>
/// Pushes delivered to the installed service worker through the DevTools protocol, the way Chromium's own push service
/// would hand them over (no push service is reachable from the test machine), and the notifications the worker shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkerPushTests(BrowserFixture fx)
{
    private const string Notifications = """
        async () => (await (await navigator.serviceWorker.ready).getNotifications())
          .map(n => ({ tag: n.tag, title: n.title, body: n.body, url: n.data?.url, seq: n.data?.seq, requireInteraction: n.requireInteraction }))
        """;

    [Fact]
    public async Task Each_push_is_a_notification_tagged_with_its_place_and_a_confirmation_replaces_the_claim()
    {
        await using var web = await fx.Open("/", permissions: ["notifications"]);
        var page = web.Page;
        var push = await Pusher(web);


        await push(Alert(101, "sy-saraqib", "Saraqib", "Saraqib claimed by HTS", "claimed", "warning"));
        var shown = await Eventually.Get(() => Shown(page), n => n.Count == 1, TimeSpan.FromSeconds(15));
        var claim = Assert.Single(shown);
        Assert.Equal("sy-saraqib", claim.GetProperty("tag").GetString());
        Assert.Equal("Saraqib claimed by HTS", claim.GetProperty("title").GetString());
        Assert.Contains("Saraqib", claim.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("/location.html?id=sy-saraqib", claim.GetProperty("url").GetString()); // where a click goes

        // the confirmation about the same place replaces the claim: still one notification for Saraqib
        await push(Alert(102, "sy-saraqib", "Saraqib", "Saraqib changed hands", "confirmed", "critical"));
        shown = await Eventually.Get(() => Shown(page), n => n.Any(x => x.GetProperty("seq").GetInt64() == 102), TimeSpan.FromSeconds(15));
        var confirmed = Assert.Single(shown);
        Assert.Equal("sy-saraqib", confirmed.GetProperty("tag").GetString());
        Assert.Equal("Saraqib changed hands", confirmed.GetProperty("title").GetString());
        Assert.True(confirmed.GetProperty("requireInteraction").GetBoolean()); // critical stays until it is seen

        // an at-least-once repeat of the claim does not bring it back; another place gets its own notification
        await push(Alert(101, "sy-saraqib", "Saraqib", "Saraqib claimed by HTS", "claimed", "warning"));
        await push(Alert(103, "sy-maarat-al-numan", "Maarat al-Numan", "Maarat al-Numan struck", null, "warning"));
        shown = await Eventually.Get(() => Shown(page), n => n.Count == 2, TimeSpan.FromSeconds(15));
        Assert.Equal(["sy-maarat-al-numan", "sy-saraqib"], Tags(shown));
        Assert.Equal("Saraqib changed hands", Tagged(shown, "sy-saraqib").GetProperty("title").GetString());

        // text from the alert stays text: markup in a title is shown as written
        await push(Alert(104, "sy-idlib", "Idlib Governorate", "<img src=x onerror=alert(1)>", null, "info"));
        shown = await Eventually.Get(() => Shown(page), n => n.Count == 3, TimeSpan.FromSeconds(15));
        Assert.Equal("<img src=x onerror=alert(1)>", Tagged(shown, "sy-idlib").GetProperty("title").GetString());
        web.AssertStayedLocal();
        web.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Pushes_that_arrive_together_leave_the_newest_alert_about_a_place_on_screen()
    {
        await using var web = await fx.Open("/", permissions: ["notifications"]);
        var page = web.Page;
        var push = await Pusher(web);

        // Chromium runs push events in parallel: a confirmation and a late repeat of its claim land at once
        await push(Alert(302, "sy-kafr-nabl", "Kafr Nabl", "Kafr Nabl changed hands", "confirmed", "critical"));
        await push(Alert(301, "sy-kafr-nabl", "Kafr Nabl", "Kafr Nabl claimed by HTS", "claimed", "warning"));
        await push(Alert(303, "sy-ariha", "Ariha", "Ariha struck", null, "warning"));
        var shown = await Eventually.Get(() => Shown(page), n => n.Count == 2, TimeSpan.FromSeconds(15));
        Assert.Equal(["sy-ariha", "sy-kafr-nabl"], Tags(shown));
        Assert.Equal(302, Tagged(shown, "sy-kafr-nabl").GetProperty("seq").GetInt64());
        web.AssertNoScriptErrors();
    }

    [Fact]
    public async Task A_storm_is_one_notification_for_its_governorate_that_each_group_update_replaces()
    {
        await using var web = await fx.Open("/", permissions: ["notifications"]);
        var page = web.Page;
        var push = await Pusher(web);

        await push(Group(201, 9, "HTS took 9 places in Aleppo Governorate"));
        var first = Assert.Single(await Eventually.Get(() => Shown(page), n => n.Count == 1, TimeSpan.FromSeconds(15)));
        Assert.Equal("HTS took 9 places in Aleppo Governorate", first.GetProperty("title").GetString());
        Assert.Equal("group:storm@sy-aleppo", first.GetProperty("tag").GetString());
        Assert.StartsWith("Aleppo, Atarib, Anadan", first.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("/?area=sy-aleppo", first.GetProperty("url").GetString()); // a click opens the governorate's feed

        await push(Group(214, 12, "HTS took 12 places in Aleppo Governorate (3 new)"));
        var shown = await Eventually.Get(() => Shown(page), n => n.Any(x => x.GetProperty("seq").GetInt64() == 214), TimeSpan.FromSeconds(15));
        Assert.Equal("HTS took 12 places in Aleppo Governorate (3 new)", Assert.Single(shown).GetProperty("title").GetString());
        web.AssertStayedLocal();
        web.AssertNoScriptErrors();
    }

    /// <summary>A group's push payload, as the server's grouped delivery writes it.</summary>
    private static object Group(long seq, int total, string title) => new
    {
        group = new
        {
            groupKey = "storm@sy-aleppo",
            groupId = "storm@sy-aleppo#190",
            ruleId = "storm",
            scopeId = "sy-aleppo",
            scopeName = "Aleppo Governorate",
            title,
            message = "Aleppo, Atarib, Anadan and 6 more.",
            severity = "critical",
            total,
            seq,
            alertIds = new[] { $"storm/{seq}" },
        },
    };

    private static object Alert(long seq, string place, string name, string title, string? confidence, string severity) => new
    {
        id = $"alert-{seq}-{place}",
        seq,
        ruleId = "browser-push",
        kind = confidence is null ? "strike" : "control-change",
        severity,
        locationId = place,
        locationName = name,
        scopeId = "sy-idlib",
        title,
        message = $"{name}: {title}",
        confidence,
        sourceIds = new[] { "sohr" },
        observedAt = DateTimeOffset.UtcNow.ToString("O"),
        raisedAt = DateTimeOffset.UtcNow.ToString("O"),
    };

    /// <summary>The tags of the notifications on screen, in order.</summary>
    private static IEnumerable<string> Tags(List<JsonElement> shown) => shown.Select(n => n.GetProperty("tag").GetString()!).Order();

    /// <summary>The one notification on screen with this tag.</summary>
    private static JsonElement Tagged(List<JsonElement> shown, string tag) => shown.Single(n => n.GetProperty("tag").GetString() == tag);

    private static async Task<List<JsonElement>> Shown(IPage page) =>
        [.. (await page.EvaluateAsync<JsonElement>(Notifications)).EnumerateArray().Select(e => e.Clone())];

    /// <summary>
    /// Hands a payload to the page's service worker as Chromium's push service would, once the push path works. On a
    /// browser that has just started, DevTools' delivery to the new worker can be lost (a clean run here lost the first
    /// push of the first test): a probe push (not an alert, so a notification tagged <c>frontalert</c>) is delivered
    /// until it shows, then closed, so every test starts with the path ready and nothing on screen. A real push
    /// service delivers again what was not acknowledged; the tests' own pushes are each delivered once.
    /// </summary>
    private async Task<Func<object, Task>> Pusher(WebPage web)
    {
        var origin = fx.Server.Address.GetLeftPart(UriPartial.Authority);
        await web.Page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
        var cdp = await web.Context.NewCDPSessionAsync(web.Page);
        var registrationId = await RegistrationId(cdp, origin + "/");
        Func<object, Task> push = async payload => await cdp.SendAsync("ServiceWorker.deliverPushMessage", new()
        {
            ["origin"] = origin,
            ["registrationId"] = registrationId,
            ["data"] = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
        });
        for (var attempt = 1; ; attempt++)
        {
            await push("probe");
            if ((await Eventually.Get(() => Shown(web.Page), n => n.Count > 0, TimeSpan.FromSeconds(3))).Count > 0)
            {
                break;
            }
            if (attempt == 5)
            {
                throw new TimeoutException("the service worker showed none of 5 probe pushes");
            }
        }
        await web.Page.EvaluateAsync("async () => { for (const n of await (await navigator.serviceWorker.ready).getNotifications()) n.close(); }");
        await Eventually.Until(() => Shown(web.Page), n => n.Count == 0);
        return push;
    }

    /// <summary>The DevTools id of the worker registration for the scope, from the events ServiceWorker.enable sends.</summary>
    private static async Task<string> RegistrationId(ICDPSession cdp, string scope)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        cdp.Event("ServiceWorker.workerRegistrationUpdated").OnEvent += (_, e) =>
        {
            if (e is not { } body)
            {
                return;
            }
            foreach (var r in body.GetProperty("registrations").EnumerateArray())
            {
                if (r.GetProperty("scopeURL").GetString() == scope && !r.GetProperty("isDeleted").GetBoolean())
                {
                    found.TrySetResult(r.GetProperty("registrationId").GetString()!);
                }
            }
        };
        await cdp.SendAsync("ServiceWorker.enable");
        return await found.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }
}
