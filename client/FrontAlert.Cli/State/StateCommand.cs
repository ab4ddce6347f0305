using System.CommandLine;
using FrontAlert.Client;

namespace FrontAlert.Cli;

/// <summary><c>frontalert state LOCATION</c>: who holds a place and on whose word, what each source claims, tolls, strikes.</summary>
public static class StateCommand
{
    public static Command Create(Terminal terminal)
    {
        var location = new Argument<string>("LOCATION") { Description = "A location id, e.g. sy-aleppo-city" };
        var json = new Option<bool>("--json") { Description = "Print the live state as JSON" };
        var command = new Command("state", "Show the live state of a location") { location, json };
        command.SetAction((parse, cancel) => terminal.Guard(async () =>
        {
            using var http = ServerOptions.Http(parse);
            var state = await new FrontAlertClient(http, ServerOptions.ApiKey(parse)).GetLocation(parse.GetValue(location)!, cancel);
            if (parse.GetValue(json))
            {
                terminal.Json(state);
            }
            else
            {
                StateView.Print(terminal.Console, state);
            }
            return 0;
        }));
        return command;
    }
}
