using System.CommandLine;
using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary><c>frontalert rules list|get|put|delete</c>: the operator's alert rules (put and delete need an operator key).</summary>
public static class RulesCommand
{
    public static Command Create(Terminal terminal) => new("rules", "List, show, create or change, and delete alert rules")
    {
        List(terminal),
        Get(terminal),
        Put(terminal),
        Delete(terminal),
    };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of text" };

    private static Argument<string> IdArgument() => new("ID") { Description = "The rule's id" };

    private static Command List(Terminal terminal)
    {
        var json = JsonOption();
        var command = new Command("list", "One line per rule: id, kind, scope, severity, enabled, its terms, when it last fired") { json };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            using var http = ServerOptions.Http(parse);
            var rules = await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).GetRules(cancel);
            if (parse.GetValue(json))
            {
                terminal.Json(rules);
                return 0;
            }
            if (rules.Count == 0)
            {
                terminal.Line("[grey]no rules[/]");
            }
            foreach (var rule in rules)
            {
                terminal.Console.MarkupLine(RuleLine.Of(rule));
            }
            return 0;
        }));
        return command;
    }

    private static Command Get(Terminal terminal)
    {
        var (id, json) = (IdArgument(), JsonOption());
        var command = new Command("get", "Show one rule") { id, json };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            using var http = ServerOptions.Http(parse);
            var rule = await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).GetRule(parse.GetValue(id)!, cancel);
            if (parse.GetValue(json))
            {
                terminal.Json(rule);
            }
            else
            {
                terminal.Console.MarkupLine(RuleLine.Of(rule));
            }
            return 0;
        }));
        return command;
    }

    private static Command Put(Terminal terminal)
    {
        var id = IdArgument();
        var file = new Option<FileInfo>("--file", "-f") { Description = "The rule as JSON (its id is taken from ID)", Required = true, HelpName = "PATH" };
        file.AcceptExistingOnly();
        var command = new Command("put", "Create or replace a rule from a JSON file") { id, file };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            var json = await File.ReadAllTextAsync(parse.GetValue(file)!.FullName, cancel);
            using var http = ServerOptions.Http(parse);
            var rule = await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).PutRuleJson(parse.GetValue(id)!, json, cancel);
            var verb = rule.Revision == 1 ? "created" : "updated";
            terminal.Console.MarkupLineInterpolated($"[green]{verb}[/] rule {rule.Id} (revision {rule.Revision})");
            terminal.Console.MarkupLine(RuleLine.Of(rule));
            return 0;
        }));
        return command;
    }

    private static Command Delete(Terminal terminal)
    {
        var id = IdArgument();
        var command = new Command("delete", "Delete a rule") { id };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            using var http = ServerOptions.Http(parse);
            await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).DeleteRule(parse.GetValue(id)!, cancel);
            terminal.Console.MarkupLineInterpolated($"deleted rule {parse.GetValue(id)}");
            return 0;
        }));
        return command;
    }
}
