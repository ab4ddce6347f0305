using FrontAlert.Cli;
using Spectre.Console;

namespace FrontAlert.Client.Tests;

/// <summary>What one <c>frontalert</c> run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the real CLI entry point in-process against a server, with a plain (no colour, not interactive, wide) console
/// so output reads as a script would see it when piped.
/// </summary>
public static class CliRun
{
    public static async Task<CliResult> Run(Uri server, string? key, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 1000;
        string[] global = key is null ? ["--url", server.ToString()] : ["--url", server.ToString(), "--key", key];
        var code = await CliApp.Run([.. args, .. global], console, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
