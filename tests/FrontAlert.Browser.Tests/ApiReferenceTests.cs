using System.Collections.Concurrent;

namespace FrontAlert.Browser.Tests;

/// <summary>
/// The API reference the app serves itself: reached from the console, it renders the OpenAPI document's endpoints in
/// a browser that may reach nothing but this server, and it tried to reach nothing else.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceTests(BrowserFixture fx)
{
    [Fact]
    public async Task The_reference_opens_from_the_console_and_renders_the_endpoints_with_every_other_host_blocked()
    {
        await using var console = await fx.Open("/console.html");
        var server = fx.Server.Address;
        var blocked = new ConcurrentQueue<string>();
        var served = new ConcurrentQueue<string>();
        await console.Context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == server.Host && url.Port == server.Port)
            {
                await route.ContinueAsync();
            }
            else
            {
                blocked.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });
        console.Page.Response += (_, r) => served.Enqueue($"{r.Status} {new Uri(r.Url).AbsolutePath}");
        var page = console.Page;

        await page.Locator("#signin a[href='/reference/v1']").ClickAsync();
        await page.WaitForURLAsync("**/reference/v1");

        // the endpoints, by the summaries and paths the document gives them
        // every group open in the sidebar, each endpoint by its summary; the page shows one when it is chosen
        var sidebar = page.GetByRole(AriaRole.Complementary);
        foreach (var summary in new[] { "Post one report, a JSON array of them, or NDJSON", "Create or replace a rule", "Subscribe a browser (Web Push, anyone) or a webhook (operators)" })
        {
            await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = summary })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        await sidebar.GetByRole(AriaRole.Link, new() { Name = "Post one report, a JSON array of them, or NDJSON" }).ClickAsync();
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Post one report, a JSON array of them, or NDJSON" })).ToBeVisibleAsync();
        await Expect(main.GetByText("413").First).ToBeAttachedAsync();
        await console.Screenshot("api-reference");

        Assert.Contains("200 /reference/scalar.js", served);
        Assert.Contains("200 /openapi/v1.json", served);
        Assert.True(blocked.IsEmpty, "tried to reach other hosts: " + string.Join(", ", blocked));
        console.AssertStayedLocal();
        console.AssertNoScriptErrors();
    }
}
