using System.Net;
using System.Text.Json;

namespace FrontAlert.Client;

/// <summary>
/// The server refused a request. Carries the RFC 7807 problem it answered with: the status, a title, and for
/// validation problems the message of each field, so an app can show the reason next to what the user typed.
/// </summary>
public sealed class FrontAlertApiException(
    HttpStatusCode status,
    string title,
    string? detail,
    IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    : Exception(Describe(status, title, detail, errors))
{
    public HttpStatusCode Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;

    /// <summary>Field name (as sent, <c>$</c> for the whole body) to its messages; empty when the problem names no field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; } = errors;

    public static async Task<FrontAlertApiException> From(HttpResponseMessage response, CancellationToken cancel)
    {
        ProblemBody? problem = null;
        var text = await response.Content.ReadAsStringAsync(cancel);
        if (response.Content.Headers.ContentType?.MediaType is { } type && type.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                problem = JsonSerializer.Deserialize<ProblemBody>(text, ClientJson.Options);
            }
            catch (JsonException)
            {
                // not a problem document after all: fall back to the status line and the raw text
            }
        }
        var errors = (problem?.Errors ?? []).ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal);
        var title = problem?.Title ?? response.ReasonPhrase ?? response.StatusCode.ToString();
        var detail = problem is null ? (text.Length > 500 ? text[..500] : NullIfEmpty(text)) : problem.Detail;
        return new FrontAlertApiException(response.StatusCode, title, detail, errors);
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Describe(HttpStatusCode status, string title, string? detail, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        var fields = errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));
        var parts = new[] { detail }.Concat(fields).Where(p => !string.IsNullOrEmpty(p));
        var tail = string.Join("; ", parts);
        return $"{(int)status} {title}" + (tail.Length > 0 ? $" ({tail})" : "");
    }
}
