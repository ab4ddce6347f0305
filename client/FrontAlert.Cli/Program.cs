using FrontAlert.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Piped into grep or a file: one alert, one rule, one line, however long, instead of wrapping at 80 columns.
    console.Profile.Width = 4096;
}
return await CliApp.Run(args, console);
