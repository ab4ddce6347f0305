using System.CommandLine;
using System.Security.Cryptography;
using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>
/// <c>frontalert subscriptions list|add-webhook|remove</c>: who gets alerts pushed, and how delivery goes. Listing and
/// adding webhooks need an operator key; removing takes the operator key or the Subscription's own token.
/// </summary>
public static class SubscriptionsCommand
{
    public static Command Create(Terminal terminal) => new("subscriptions", "List Subscriptions with their delivery state, add a webhook, remove one")
    {
        List(terminal),
        AddWebhook(terminal),
        Remove(terminal),
    };

    private static Command List(Terminal terminal)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("list", "One line per Subscription: id, channel, target, filter, status, delivered, failures, last delivery") { json };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            using var http = ServerOptions.Http(parse);
            var subscriptions = await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).GetSubscriptions(cancel);
            if (parse.GetValue(json))
            {
                terminal.Json(subscriptions);
                return 0;
            }
            if (subscriptions.Count == 0)
            {
                terminal.Line("[grey]no subscriptions[/]");
            }
            foreach (var subscription in subscriptions)
            {
                terminal.Console.MarkupLine(SubscriptionLine.Of(subscription));
            }
            return 0;
        }));
        return command;
    }

    private static Command AddWebhook(Terminal terminal)
    {
        var url = new Argument<string>("URL") { Description = "The receiver (https; plain http and private addresses only where the server allows them)" };
        var secret = new Option<string?>("--secret") { Description = "The signing secret, whsec_ and base64; default: a new random one, printed once", HelpName = "WHSEC" };
        var format = new Option<string>("--format") { Description = "The body: FrontAlert's alert JSON, or Alertmanager's webhook payload", DefaultValueFactory = _ => "frontalert" };
        format.AcceptOnlyFromAmong("frontalert", "alertmanager");
        var scopes = new Option<string[]>("--scope") { Description = "Only alerts within this location's subtree (repeatable); default: everywhere", HelpName = "ID" };
        var minSeverity = new Option<string?>("--min-severity") { Description = "Only this severity or louder" };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "critical");
        var kinds = new Option<string[]>("--kind") { Description = "Only this alert kind (repeatable), e.g. control-change, strike, correction", HelpName = "KIND" };
        var minConfidence = new Option<string?>("--min-confidence") { Description = "Control changes at this confidence or higher" };
        minConfidence.AcceptOnlyFromAmong("claimed", "contested", "confirmed");
        var groupWait = new Option<int?>("--group-wait") { Description = "Seconds to wait to group the first alerts of a burst", HelpName = "SECONDS" };
        var groupInterval = new Option<int?>("--group-interval") { Description = "Seconds between grouped deliveries", HelpName = "SECONDS" };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON: {id, token, secret}" };
        var command = new Command("add-webhook", "Send alerts to a webhook receiver, signed the Standard Webhooks way")
        {
            url, secret, format, scopes, minSeverity, kinds, minConfidence, groupWait, groupInterval, json,
        };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            var text = parse.GetValue(url)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var receiver) || receiver.Scheme is not ("http" or "https"))
            {
                throw new CliException($"URL must be an http or https address (got '{text}')");
            }
            var generated = parse.GetValue(secret) is null;
            var signing = parse.GetValue(secret) ?? "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var request = new WebhookSubscriptionRequest
            {
                Url = receiver,
                Secret = signing,
                Format = parse.GetValue(format) == "alertmanager" ? WebhookFormat.Alertmanager : WebhookFormat.FrontAlert,
                ScopeIds = parse.GetValue(scopes) ?? [],
                MinSeverity = parse.GetValue(minSeverity) is { } s ? Enum.Parse<Severity>(s, ignoreCase: true) : null,
                Kinds = parse.GetValue(kinds) is { Length: > 0 } k ? k : null,
                MinConfidence = parse.GetValue(minConfidence) is { } c ? Enum.Parse<Confidence>(c, ignoreCase: true) : null,
                GroupWaitSeconds = parse.GetValue(groupWait),
                GroupIntervalSeconds = parse.GetValue(groupInterval),
            };
            using var http = ServerOptions.Http(parse);
            var created = await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).CreateSubscription(request, cancel);
            if (parse.GetValue(json))
            {
                terminal.Json(new { created.Id, created.Token, secret = signing });
                return 0;
            }
            terminal.Console.MarkupLineInterpolated($"[green]created[/] subscription {created.Id} -> {receiver}");
            if (generated)
            {
                // the receiver needs it to verify signatures, and the server never shows it again
                terminal.Console.MarkupLineInterpolated($"secret: {signing}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Remove(Terminal terminal)
    {
        var id = new Argument<string>("ID") { Description = "The Subscription's id" };
        var token = new Option<string?>("--token") { Description = "The Subscription's own token (instead of an operator key)", HelpName = "TOKEN" };
        var command = new Command("remove", "Remove a Subscription: nothing is delivered to it after") { id, token };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            using var http = ServerOptions.Http(parse);
            await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).DeleteSubscription(parse.GetValue(id)!, parse.GetValue(token), cancel);
            terminal.Console.MarkupLineInterpolated($"removed subscription {parse.GetValue(id)}");
            return 0;
        }));
        return command;
    }
}
