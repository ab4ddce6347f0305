using System.CommandLine;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>
/// The <c>frontalert</c> command tree. Output goes to the given console, so tests run the real commands in-process
/// and read what a person would see; help and parse errors go to <paramref name="output"/>.
/// </summary>
public static class CliApp
{
    public static async Task<int> Run(string[] args, IAnsiConsole console, TextWriter? output = null, TextWriter? error = null, CancellationToken cancel = default)
    {
        var terminal = new Terminal(console, output ?? Console.Out, error ?? Console.Error);
        var root = new RootCommand("FrontAlert: ingest reports, import ACLED exports, manage alert rules and subscriptions, tail alerts, show a place's live state.")
        {
            ServerOptions.Url,
            ServerOptions.Key,
            IngestCommand.Create(terminal),
            ImportCommand.Create(terminal),
            RulesCommand.Create(terminal),
            TailCommand.Create(terminal),
            StateCommand.Create(terminal),
            SubscriptionsCommand.Create(terminal),
        };
        var invocation = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        return await root.Parse(args).InvokeAsync(invocation, cancel);
    }
}
