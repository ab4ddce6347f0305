using System.Net;
using System.Text;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Browser.Tests;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// One real FrontAlert server (embedded default on Kestrel) and one headless Debian Chromium for the whole run; each
/// test opens its own browser contexts and uses its own places and rule ids, so tests never see each other's alerts.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public FrontAlertServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land here: the test output folder's <c>artifacts/</c>.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: apt-get install chromium (scripts/test.sh does it); browsers are never downloaded");
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // The pages' Subscriptions point at loopback push endpoints the tests make up.
        Server = await FrontAlertServer.Start(settings: new Dictionary<string, string?> { ["FrontAlert:Delivery:AllowPrivateEndpoints"] = "true" });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>
    /// A fresh browser context and page on the server, recording every request it makes; <paramref name="permissions"/>
    /// are granted to the server's origin up front (e.g. <c>notifications</c>, which headless Chromium cannot be asked for).
    /// </summary>
    public async Task<WebPage> Open(string path, int width = 1280, int height = 860, bool mobile = false, IEnumerable<string>? permissions = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            DeviceScaleFactor = 1,
            Locale = "en-GB",
            TimezoneId = "UTC",
            Permissions = permissions,
        });
        var page = await context.NewPageAsync();
        var web = new WebPage(context, page, Server.Address);
        await page.GotoAsync(path);
        return web;
    }

    // ---------- the API, as a reporter or an operator would use it ----------

    public async Task PutRule(string id, object rule)
    {
        var response = await Server.Operator.PutAsync($"rules/{id}", Body(rule));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async Task Post(params object[] reports)
    {
        var response = await Server.Reporter.PostAsync("reports", Body(reports));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        Assert.Equal(reports.Length, JsonDocument.Parse(text).RootElement.GetProperty("accepted").GetInt32());
    }

    public async Task<List<JsonElement>> Alerts(string query)
    {
        var text = await Server.Anonymous.GetStringAsync("alerts" + query);
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static StringContent Body(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static int _ids;

    public static string NewId(string prefix) => $"{prefix}-{Interlocked.Increment(ref _ids)}-{Guid.NewGuid().ToString("N")[..6]}";

    public static object Control(string place, string actor, string status, string source) => new
    {
        id = NewId("c"), type = "control", locationId = place, actorId = actor, status, sourceId = source,
        observedAt = DateTimeOffset.UtcNow.ToString("O"), text = $"{source}: {actor} {status} {place}",
    };

    public static object Strike(string place, int killed, int civilians = 0, int wounded = 0, string source = "sohr") => new
    {
        id = NewId("s"), type = "strike", locationId = place, perpetratorId = "ru-af", kind = "airstrike", killed,
        civiliansKilled = civilians, wounded, sourceId = source, observedAt = DateTimeOffset.UtcNow.ToString("O"),
    };

    public static object Toll(string place, string category, long value, string source) => new
    {
        id = NewId("t"), type = "toll", locationId = place, category, value, sourceId = source,
        since = DateTimeOffset.UtcNow.AddDays(-3).ToString("O"), asOf = DateTimeOffset.UtcNow.ToString("O"),
    };
}

/// <summary>A page under test, with every request it made and every script error it hit.</summary>
public sealed class WebPage(IBrowserContext context, IPage page, Uri server) : IAsyncDisposable
{
    private readonly List<string> _requests = Watch(page);
    private readonly List<string> _errors = Errors(page);

    public IPage Page { get; } = page;
    public IBrowserContext Context { get; } = context;

    public async Task WaitLive() => await Expect(Page.Locator("#conn")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 15_000 });

    public async Task Screenshot(string name, bool fullPage = false) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, name + ".png"), FullPage = fullPage });

    /// <summary>Nothing left the machine: every request and WebSocket went to this server (or was data:/blob:).</summary>
    public void AssertStayedLocal()
    {
        string[] snapshot;
        lock (_requests)
        {
            snapshot = [.. _requests];
        }
        Assert.NotEmpty(snapshot);
        var foreign = snapshot.Where(url => !IsLocal(url)).ToList();
        Assert.True(foreign.Count == 0, "requests to other hosts: " + string.Join(", ", foreign));
    }

    public void AssertNoScriptErrors()
    {
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, "script errors: " + string.Join(" | ", _errors));
        }
    }

    /// <summary>The page does not scroll sideways: everything fits the viewport's width.</summary>
    public async Task AssertNoHorizontalScroll()
    {
        var size = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (size[0], size[1]);
        Assert.True(scroll <= client + 1, $"the page is {scroll}px wide in a {client}px viewport");
    }

    private bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.Scheme is "data" or "blob" or "about"
            || (uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host == server.Host && uri.Port == server.Port);
    }

    private static List<string> Watch(IPage page)
    {
        var requests = new List<string>();
        page.Request += (_, r) => { lock (requests) { requests.Add(r.Url); } };
        page.WebSocket += (_, ws) => { lock (requests) { requests.Add(ws.Url); } };
        return requests;
    }

    private static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, e) => { lock (errors) { errors.Add(e); } };
        return errors;
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
