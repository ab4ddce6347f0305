using System.CommandLine;
using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>
/// <c>frontalert tail</c>: live alerts, one line each, until Ctrl+C or <c>--count</c> alerts. Without <c>--after</c>
/// it starts at the end of the log (only new alerts); <c>--seq-file</c> resumes where the last run stopped.
/// </summary>
public static class TailCommand
{
    public static Command Create(Terminal terminal)
    {
        var scopes = new Option<string[]>("--scope") { Description = "Only alerts within this location's subtree (repeatable)", HelpName = "ID" };
        var after = new Option<long?>("--after") { Description = "Start after this seq (0: the whole history); default: only new alerts", HelpName = "SEQ" };
        var minSeverity = new Option<string?>("--min-severity") { Description = "Only this severity or louder" };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "critical");
        var count = new Option<int?>("--count") { Description = "Stop after this many alerts (for scripts)", HelpName = "N" };
        var seqFile = new Option<FileInfo?>("--seq-file") { Description = "Resume after the seq saved in this file, and keep it up to date", HelpName = "PATH" };
        var json = new Option<bool>("--json") { Description = "Print each alert as one line of JSON" };
        var command = new Command("tail", "Print alerts as they are raised") { scopes, after, minSeverity, count, seqFile, json };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            if (parse.GetValue(count) is <= 0)
            {
                throw new CliException("--count must be at least 1");
            }
            var server = ServerOptions.Server(parse);
            var key = ServerOptions.ApiKey(parse);
            var store = parse.GetValue(seqFile) is { } f ? new FileSeqStore(f.FullName) : null;
            var start = parse.GetValue(after);
            if (start is null && (store is null || await store.Load(cancel) is null))
            {
                using var http = ServerOptions.Http(parse);
                start = await new FrontAlertClient(http, key).GetLastSeq(cancel);
            }
            var options = new AlertStreamOptions
            {
                ScopeIds = parse.GetValue(scopes) ?? [],
                MinSeverity = parse.GetValue(minSeverity) is { } s ? Enum.Parse<Severity>(s, ignoreCase: true) : null,
                AfterSeq = start,
                SeqStore = store,
                OnStatus = status => Report(terminal, status),
            };
            return await Tail(terminal, new AlertStream(server, key), options, parse.GetValue(count), parse.GetValue(json), cancel);
        }));
        return command;
    }

    private static async Task<int> Tail(Terminal terminal, AlertStream stream, AlertStreamOptions options, int? count, bool json, CancellationToken cancel)
    {
        var printed = 0;
        try
        {
            await foreach (var alert in stream.Read(options, cancel))
            {
                if (json)
                {
                    terminal.Json(alert);
                }
                else
                {
                    terminal.Console.MarkupLine(AlertLine.Of(alert));
                }
                if (++printed == count)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C is how a tail ends
        }
        catch (Microsoft.AspNetCore.SignalR.HubException e)
        {
            return terminal.Fail($"the server refused the subscription: {e.Message}");
        }
        return 0;
    }

    private static void Report(Terminal terminal, AlertStreamStatus status)
    {
        if (status is { State: AlertStreamState.Reset, Reset: { } reset })
        {
            // stderr, so a --json consumer's stdout stays alerts only; the seqs that follow may repeat numbers seen before
            terminal.Error.WriteLine(reset.Reason == "truncated"
                ? $"reset: more was missed than one replay gives; going on after seq {reset.LastSeq} (the rest is in GET /alerts)"
                : $"reset ({reset.Reason}): the alert log is in epoch {reset.Epoch} now; going on after seq {reset.LastSeq}");
            return;
        }
        if (status.State == AlertStreamState.Disconnected)
        {
            var why = status.Error is null ? "closed" : status.Error.Message.Split('\n')[0];
            terminal.Error.WriteLine($"disconnected after seq {status.LastSeq} ({why}); reconnecting in {status.RetryIn?.TotalSeconds:0.0}s");
        }
    }
}
