using System.CommandLine;
using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>
/// <c>frontalert import acled FILE.csv</c>: uploads an ACLED export in chunks for the server to map (it holds the
/// gazetteer, the aliases and the mapping: docs/adr/0017-acled-import.md) and sums up what it said. Exit codes as
/// <c>ingest</c>: 0 when every mapped row went in (or was already there), 2 when any row was rejected, 1 on failure.
/// Rows of event types FrontAlert does not map are listed but are not failures.
/// </summary>
public static class ImportCommand
{
    /// <summary>Below this a progress bar would only flicker.</summary>
    private const long ProgressFrom = 1024 * 1024;

    /// <summary>Lines listed per unmapped event type; a real export has thousands of protests.</summary>
    private const int LinesShown = 20;

    public static Command Create(Terminal terminal)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An ACLED export as CSV, with ACLED's header row" };
        file.AcceptExistingOnly();
        var acled = new Command("acled", "Import an ACLED export: control and strike events become reports; prints accepted, duplicates, rejected and not mapped rows by line") { file };
        acled.SetAction((parse, cancel) => terminal.Guard(() => Run(terminal, parse, parse.GetValue(file)!, cancel)));
        return new Command("import", "Import data in other formats") { acled };
    }

    private static async Task<int> Run(Terminal terminal, ParseResult parse, FileInfo path, CancellationToken cancel)
    {
        using var http = ServerOptions.Http(parse);
        var client = new FrontAlertClient(http, ServerOptions.ApiKey(parse));
        var file = new AcledFile(path.FullName);
        var tally = new AcledTally();
        try
        {
            if (file.Length >= ProgressFrom && terminal.Console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            {
                await terminal.Console.Progress().StartAsync(async progress =>
                {
                    var bar = progress.AddTask($"import {Markup.Escape(path.Name)}", maxValue: file.Length);
                    await Send(client, file, tally, position => bar.Value = position, cancel);
                });
            }
            else
            {
                await Send(client, file, tally, _ => { }, cancel);
            }
        }
        finally
        {
            // Also after a failure half-way: what went in did go in, and importing the file again is harmless.
            Summarize(terminal, tally);
        }
        return tally.Rejected.Count > 0 ? IngestCommand.SomeRejected : 0;
    }

    private static async Task Send(FrontAlertClient client, AcledFile file, AcledTally tally, Action<long> progress, CancellationToken cancel)
    {
        await foreach (var chunk in file.Chunks(cancel))
        {
            tally.Add(chunk, await client.ImportAcled(chunk.Csv, cancel));
            progress(chunk.Position);
        }
    }

    private static void Summarize(Terminal terminal, AcledTally tally)
    {
        var console = terminal.Console;
        console.MarkupLineInterpolated($"rows:       {tally.Rows}");
        console.MarkupLineInterpolated($"[green]accepted:   {tally.Accepted}[/]");
        console.MarkupLineInterpolated($"duplicates: {tally.Duplicates}");
        console.MarkupLineInterpolated($"not mapped: {tally.NotMapped.Count}");
        foreach (var type in tally.NotMapped.GroupBy(n => n.EventType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var lines = string.Join(", ", type.Take(LinesShown).Select(n => n.Line)) + (type.Count() > LinesShown ? ", ..." : "");
            console.MarkupLineInterpolated($"  {type.Key} ({type.Count()}, {type.First().Reason}): line {lines}");
        }
        var colour = tally.Rejected.Count > 0 ? "red" : "default";
        console.MarkupLine($"[{colour}]rejected:   {tally.Rejected.Count}[/]");
        foreach (var rejection in tally.Rejected)
        {
            var id = rejection.Id is null ? "" : $" (id {rejection.Id})";
            console.MarkupLineInterpolated($"  [red]line {rejection.Line}{id}[/]: {rejection.Reason}");
        }
    }
}
