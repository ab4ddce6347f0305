using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary><c>frontalert subscriptions …</c> against a live server, checked by what it prints and its exit codes.</summary>
[Collection(DeliveryCollection.Name)]
public sealed class SubscriptionsCliTests(DeliveryFixture fixture)
{
    [Fact]
    public async Task An_operator_adds_a_webhook_sees_it_listed_with_its_delivery_state_and_removes_it()
    {
        var url = fixture.Receiver.Endpoint(Given.Unique("cli-hook")).ToString();

        var added = await CliRun.Run(fixture.Address, Keys.Operator, "subscriptions", "add-webhook", url, "--format", "alertmanager", "--scope", "sy-hama", "--min-severity", "warning");

        Assert.True(added.ExitCode == 0, added.ToString());
        var line = Assert.Single(added.Lines, l => l.StartsWith("created subscription ", StringComparison.Ordinal));
        var id = line.Split(' ')[2];
        var secret = Assert.Single(added.Lines, l => l.StartsWith("secret: whsec_", StringComparison.Ordinal)); // generated, shown once
        Assert.True(Convert.FromBase64String(secret["secret: whsec_".Length..]).Length == 32, secret);

        var listed = await CliRun.Run(fixture.Address, Keys.Operator, "subscriptions", "list");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        var row = Assert.Single(listed.Lines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.Contains($"webhook  {url} (alertmanager)  scope=sy-hama  min=warning  active  delivered=0  failures=0", row, StringComparison.Ordinal);

        var json = await CliRun.Run(fixture.Address, Keys.Operator, "subscriptions", "list", "--json");
        Assert.Contains($"\"id\":\"{id}\"", json.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["secret: ".Length..], json.Output, StringComparison.Ordinal); // the server never shows it again

        var removed = await CliRun.Run(fixture.Address, Keys.Operator, "subscriptions", "remove", id);
        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.Contains($"removed subscription {id}", removed.Lines);
        var after = await CliRun.Run(fixture.Address, Keys.Operator, "subscriptions", "list");
        Assert.DoesNotContain(after.Lines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Web_Push_Subscription_is_removed_with_its_own_token_and_without_a_key_the_list_is_refused()
    {
        using var keys = WebPushReceiverKeys.Create();
        var created = await fixture.Anonymous.CreateSubscription(new WebPushSubscriptionRequest { Endpoint = fixture.Receiver.Endpoint(Given.Unique("cli-app")), Keys = keys.Keys });

        var wrong = await CliRun.Run(fixture.Address, null, "subscriptions", "remove", created.Id, "--token", "nope");
        Assert.Equal(1, wrong.ExitCode);
        Assert.StartsWith("error: 403", wrong.Error, StringComparison.Ordinal);

        var removed = await CliRun.Run(fixture.Address, null, "subscriptions", "remove", created.Id, "--token", created.Token);
        Assert.True(removed.ExitCode == 0, removed.ToString());
        var gone = await Assert.ThrowsAsync<FrontAlertApiException>(() => fixture.Operator.GetSubscription(created.Id));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.Status);

        var list = await CliRun.Run(fixture.Address, null, "subscriptions", "list");
        Assert.Equal(1, list.ExitCode);
        Assert.StartsWith("error: 401", list.Error, StringComparison.Ordinal);
    }
}
