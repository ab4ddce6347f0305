using System.Net;
using System.Text;
using System.Text.Json;

namespace FrontAlert.Browser.Tests;

/// <summary>
/// The app serves the official MessagePack protocol bundle beside the SignalR client (<c>/lib/</c>, from npm): a page
/// script that loads both follows the hub over MessagePack in a real browser and gets the alert the log has.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MessagePackPageTests(BrowserFixture fx)
{
    [Fact]
    public async Task A_page_script_with_the_served_MessagePack_bundle_receives_the_logged_alert()
    {
        var town = BrowserFixture.NewId("mp-town");
        var created = await fx.Server.Operator.PutAsync($"locations/{town}", Body(new { name = "MessagePack town", kind = "town", parentId = "sy-latakia", lat = 35.5, lon = 35.8 }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await fx.PutRule(BrowserFixture.NewId("mp-rule"), new { kind = "strike", scopeId = town, minKilled = 1, severity = "warning" });

        await using var web = await fx.Open("/settings.html");
        var page = web.Page;
        await page.AddScriptTagAsync(new() { Url = "/lib/signalr.min.js" });
        await page.AddScriptTagAsync(new() { Url = "/lib/signalr-protocol-msgpack.min.js" });
        await page.EvaluateAsync("""
            async (scope) => {
              window.got = [];
              const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/alerts")
                .withHubProtocol(new signalR.protocols.msgpack.MessagePackHubProtocol()).build();
              connection.on("alert", (alert) => window.got.push(alert));
              connection.on("locationUpdated", () => {});
              await connection.start();
              await connection.invoke("Subscribe", { scopeIds: [scope], minSeverity: null, afterSeq: null, epoch: null });
            }
            """, town);

        await fx.Post(BrowserFixture.Strike(town, killed: 2));
        await page.WaitForFunctionAsync("() => window.got.length === 1", null, new() { Timeout = 20_000 });
        var received = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.got[0])")).RootElement;
        var logged = (await fx.Alerts($"?scopeId={town}")).Single();

        foreach (var field in new[] { "id", "seq", "epoch", "kind", "severity", "locationId", "title", "observedAt", "raisedAt" })
        {
            Assert.Equal(logged.GetProperty(field).GetRawText(), received.GetProperty(field).GetRawText());
        }
        web.AssertStayedLocal();
        web.AssertNoScriptErrors();
    }

    private static StringContent Body(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
