using FrontAlert.Testing;

namespace FrontAlert.Browser.Tests;

/// <summary>The console edits toll-divergence and inhibit rules, with the API's validation messages beside the fields.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleStormRulesTests(BrowserFixture fx)
{
    [Fact]
    public async Task An_operator_edits_divergence_and_inhibit_rules_and_sees_the_servers_messages_beside_the_fields()
    {
        await fx.PutRule("console-storm-src", new { name = "Homs city falls", kind = "control-change", scopeId = "sy-homs-city" });
        await fx.PutRule("console-storm-villages", new { name = "Homs villages", kind = "control-change", scopeId = "sy-homs" });
        await using var console = await fx.Open("/console.html");
        var page = console.Page;
        await page.Locator("#api-key").FillAsync(Keys.Operator);
        await page.Locator("#signin-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#console")).ToBeVisibleAsync();

        await page.Locator("#new-rule").ClickAsync();
        await page.Locator("#rule-id").FillAsync("console-gap");
        await page.Locator("#rule-kind").SelectOptionAsync("toll-divergence");
        await Expect(page.Locator("#rule-threshold")).ToBeHiddenAsync();
        await page.Locator("#rule-scope").SelectOptionAsync("sy");
        await page.Locator("#rule-category").SelectOptionAsync("killed");
        await page.Locator("#rule-ratio").FillAsync("0.5");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(page.Locator("#err-ratio")).ToContainTextAsync("greater than 1");
        await Expect(page.Locator("#rule-ratio")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Locator("#rule-ratio").FillAsync("2.5");
        await page.Locator("#rule-minTrust").SelectOptionAsync("partisan");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(page.Locator("#rule-dialog")).ToBeHiddenAsync();
        await Expect(page.Locator("tr[data-rule='console-gap']")).ToContainTextAsync("2.5× apart");

        await page.Locator("#new-rule").ClickAsync();
        await page.Locator("#rule-id").FillAsync("console-hold");
        await page.Locator("#rule-kind").SelectOptionAsync("inhibit");
        await Expect(page.Locator("#rule-scope")).ToBeHiddenAsync();
        await page.Locator("#rule-sourceRuleId").SelectOptionAsync("console-storm-src");
        await page.Locator("#rule-window").FillAsync("2 hours");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(page.Locator("#err-window")).ToContainTextAsync("ISO-8601");
        await Expect(page.Locator("#err-targetRuleIds")).ToContainTextAsync("at least one rule");
        await console.Screenshot("console-inhibit-validation");
        await page.Locator("#rule-targetRuleIds").SelectOptionAsync(["console-storm-villages"]);
        await page.Locator("#rule-window").FillAsync("PT2H");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(page.Locator("#rule-dialog")).ToBeHiddenAsync();
        await Expect(page.Locator("tr[data-rule='console-hold']")).ToContainTextAsync("console-storm-src holds console-storm-villages for PT2H");

        await page.Locator("button[aria-label='Edit rule console-hold']").ClickAsync();
        await Expect(page.Locator("#rule-window")).ToHaveValueAsync("PT2H");
        await Expect(page.Locator("#rule-sourceRuleId")).ToHaveValueAsync("console-storm-src");
        await page.Locator("#rule-window").FillAsync("PT3H");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(page.Locator("tr[data-rule='console-hold']")).ToContainTextAsync("for PT3H");
        var stored = (await fx.Server.Anonymous.GetJson("rules/console-hold"));
        Assert.Equal(("PT3H", "console-storm-villages"), (stored.GetProperty("window").GetString(), stored.GetProperty("targetRuleIds")[0].GetString()));
        console.AssertNoScriptErrors();
    }
}
