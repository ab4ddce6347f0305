using FrontAlert.Testing;

namespace FrontAlert.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserFixture fx)
{
    [Fact]
    public async Task An_operator_creates_a_rule_in_the_console_and_a_report_then_fires_it_in_the_feed()
    {
        await using var console = await fx.Open("/console.html");
        var page = console.Page;

        // sign in: a wrong key is refused in the form, the operator key opens the console
        await page.Locator("#api-key").FillAsync("not-a-key");
        await page.Locator("#signin-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#api-key-error")).ToContainTextAsync("not valid");
        await page.Locator("#api-key").FillAsync(Keys.Reporter);
        await page.Locator("#signin-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#api-key-error")).ToContainTextAsync("operator role");
        await page.Locator("#api-key").FillAsync(Keys.Operator);
        await page.Locator("#signin-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#console")).ToBeVisibleAsync();

        // a strike rule without its threshold: the server's validation message shows beside the field
        await page.Locator("#new-rule").ClickAsync();
        var dialog = page.Locator("#rule-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await page.Locator("#rule-id").FillAsync("console-raqqa");
        await page.Locator("#rule-name").FillAsync("Raqqa: a strike kills three or more");
        await page.Locator("#rule-kind").SelectOptionAsync("strike");
        await page.Locator("#rule-severity").SelectOptionAsync("critical");
        await page.Locator("#rule-scope").SelectOptionAsync("sy-raqqa");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(page.Locator("#err-minKilled")).ToContainTextAsync("minKilled or minCiviliansKilled");
        await Expect(page.Locator("#rule-minKilled")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#rule-form-error")).ToBeVisibleAsync();
        await console.Screenshot("console-validation");

        await page.Locator("#rule-minKilled").FillAsync("3");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var row = page.Locator("#rules-list tr[data-rule='console-raqqa']");
        await Expect(row).ToContainTextAsync("Raqqa: a strike kills three or more");
        await Expect(row).ToContainTextAsync("never");
        await Expect(row.Locator("[role=switch]")).ToHaveAttributeAsync("aria-checked", "true");

        // a report then fires it, live in the feed
        await using var feed = await fx.Open("/?area=sy-raqqa");
        await feed.WaitLive();
        await fx.Post(BrowserFixture.Strike("sy-raqqa-city", 4, civilians: 2, wounded: 9));
        var card = feed.Page.Locator("#feed li[data-location='sy-raqqa-city']");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync("console-raqqa");
        await Expect(card.Locator(".chip.critical")).ToBeVisibleAsync();
        await feed.Screenshot("feed-console-rule");

        // the console shows when it last fired; disabling it is one click
        await page.ReloadAsync();
        await Expect(row.Locator("td[data-last-fired]")).Not.ToHaveAttributeAsync("data-last-fired", "");
        await Expect(row).Not.ToContainTextAsync("never");
        await row.Locator("[role=switch]").ClickAsync();
        await Expect(row.Locator("[role=switch]")).ToHaveAttributeAsync("aria-checked", "false");
        await console.Screenshot("console-rules", fullPage: true);

        // silences and sources
        await page.Locator("#tab-silences").ClickAsync();
        await page.Locator("#new-silence").ClickAsync();
        await page.Locator("#silence-ruleId").SelectOptionAsync("console-raqqa");
        await page.Locator("#silence-reason").FillAsync("testing");
        await page.Locator("#silence-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#silences-list")).ToContainTextAsync("console-raqqa");
        await page.Locator("#tab-sources").ClickAsync();
        var sohr = page.Locator("#sources-list tr[data-source='sohr']");
        await Expect(sohr.Locator("select")).ToHaveValueAsync("monitor");
        await console.Screenshot("console-sources");

        console.AssertStayedLocal();
        feed.AssertStayedLocal();
        console.AssertNoScriptErrors();
        feed.AssertNoScriptErrors();
    }
}
