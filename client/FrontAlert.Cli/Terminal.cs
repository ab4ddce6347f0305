using System.Text.Json;
using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>
/// Where a command writes: results to the console (coloured when it is a terminal), diagnostics to the error writer so
/// a script piping the output gets only the results. JSON goes to <see cref="Output"/> as it is, never through the
/// console, which would wrap it at the window's width. Also turns failures into one readable line and exit code 1.
/// </summary>
public sealed class Terminal(IAnsiConsole console, TextWriter output, TextWriter error)
{
    public const int Failed = 1;

    /// <summary>The API's own shape for printing, nulls included, so <c>--json</c> output reads like the server's answers.</summary>
    private static readonly JsonSerializerOptions Printed = new(ClientJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    public IAnsiConsole Console { get; } = console;
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    public void Line(string markup) => Console.MarkupLine(markup);

    public void Json<T>(T value)
    {
        Output.WriteLine(JsonSerializer.Serialize(value, Printed));
        Output.Flush();
    }

    public async Task<int> Guard(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (FrontAlertApiException e)
        {
            return Fail(e.Message);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            return Fail($"the server did not answer in time: {e.Message}");
        }
        catch (HttpRequestException e) when (e.StatusCode is { } status)
        {
            return Fail($"the server answered {(int)status} {status}: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return Fail($"cannot reach the server: {e.Message}");
        }
        catch (Exception e) when (e is CliException or IOException or UnauthorizedAccessException or JsonException)
        {
            return Fail(e.Message);
        }
    }

    public int Fail(string message)
    {
        Error.WriteLine("error: " + message);
        return Failed;
    }
}
