using System.CommandLine;
using FrontAlert.Client;

namespace FrontAlert.Cli;

/// <summary><c>--url</c> and <c>--key</c>, on every command, defaulting to the environment so scripts set them once.</summary>
public static class ServerOptions
{
    public const string UrlVariable = "FRONTALERT_URL";
    public const string KeyVariable = "FRONTALERT_KEY";

    public static Option<string> Url { get; } = new("--url")
    {
        Description = $"The FrontAlert server [env {UrlVariable}]",
        HelpName = "URL",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : "http://localhost:5000",
        Recursive = true,
    };

    public static Option<string?> Key { get; } = new("--key")
    {
        Description = $"API key sent as X-Api-Key [env {KeyVariable}]",
        HelpName = "KEY",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key ? key : null,
        Recursive = true,
    };

    public static Uri Server(ParseResult parse)
    {
        var text = parse.GetValue(Url)!;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? ServerAddress.Normalize(uri)
            : throw new CliException($"--url must be an http or https address, e.g. http://localhost:5000 (got '{text}')");
    }

    public static string? ApiKey(ParseResult parse) => parse.GetValue(Key);

    /// <summary>An HttpClient for one command run; ingesting 5,000 reports may take a while on a busy server.</summary>
    public static HttpClient Http(ParseResult parse) => new() { BaseAddress = Server(parse), Timeout = TimeSpan.FromMinutes(5) };
}
