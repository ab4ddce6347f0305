using System.CommandLine;
using System.Text;
using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>
/// <c>frontalert ingest FILE</c>: posts a JSON array or NDJSON file in batches of at most 5,000 and sums up what the
/// server said. Exit code 0 when every report went in (or was already there), 2 when any was rejected, 1 on failure.
/// </summary>
public static class IngestCommand
{
    public const int SomeRejected = 2;

    /// <summary>Below this a progress bar would only flicker.</summary>
    private const long ProgressFrom = 1024 * 1024;

    public static Command Create(Terminal terminal)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Reports as a JSON array, one JSON object, or NDJSON (one report a line)" };
        file.AcceptExistingOnly();
        var command = new Command("ingest", "Post the reports of a file; prints accepted, duplicates and each rejection with its reason") { file };
        command.SetAction((parse, cancel) => terminal.Guard(() => Run(terminal, parse, parse.GetValue(file)!, cancel)));
        return command;
    }

    private static async Task<int> Run(Terminal terminal, ParseResult parse, FileInfo path, CancellationToken cancel)
    {
        using var http = ServerOptions.Http(parse);
        var client = new FrontAlertClient(http, ServerOptions.ApiKey(parse));
        var file = new ReportFile(path.FullName);
        var tally = new IngestTally();
        try
        {
            if (file.Length >= ProgressFrom && terminal.Console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            {
                await terminal.Console.Progress().StartAsync(async progress =>
                {
                    var bar = progress.AddTask($"ingest {Markup.Escape(path.Name)}", maxValue: file.Length);
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
            // Also after a failure half-way: what went in before it did go in, and re-running the file is harmless.
            Summarize(terminal, tally);
        }
        return tally.Rejected.Count > 0 ? SomeRejected : 0;
    }

    private static async Task Send(FrontAlertClient client, ReportFile file, IngestTally tally, Action<long> progress, CancellationToken cancel)
    {
        await foreach (var batch in file.Batches(cancel))
        {
            var result = batch.Ndjson
                ? await client.PostReportsNdjson(new MemoryStream(Encoding.UTF8.GetBytes(batch.Body)), cancel)
                : await client.PostReportsJson(batch.Body, cancel);
            tally.Add(batch, result);
            progress(batch.Position);
        }
    }

    private static void Summarize(Terminal terminal, IngestTally tally)
    {
        var console = terminal.Console;
        console.MarkupLineInterpolated($"sent:       {tally.Sent}");
        console.MarkupLineInterpolated($"[green]accepted:   {tally.Accepted}[/]");
        console.MarkupLineInterpolated($"duplicates: {tally.Duplicates}");
        var colour = tally.Rejected.Count > 0 ? "red" : "default";
        console.MarkupLine($"[{colour}]rejected:   {tally.Rejected.Count}[/]");
        foreach (var (origin, rejection) in tally.Rejected)
        {
            var id = rejection.Id is null ? "" : $" (id {rejection.Id})";
            var reasons = string.Join("; ", rejection.Errors.Select(e => $"{e.Field}: {e.Message}"));
            console.MarkupLineInterpolated($"  [red]{origin}{id}[/]: {reasons}");
        }
    }
}
