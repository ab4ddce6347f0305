using Microsoft.Net.Http.Headers;

namespace FrontAlert.Web;

/// <summary>
/// What <c>POST /reports</c> reads: JSON (<c>application/json</c> or any <c>application/*+json</c>) or NDJSON
/// (<c>application/x-ndjson</c>). Anything else, or no type at all, is 415: a body is never guessed to be JSON.
/// </summary>
public static class ReportMediaTypes
{
    public const string Accepted = "application/json, application/*+json, application/x-ndjson";

    public enum Kind { Unsupported, Json, Ndjson }

    public static Kind Of(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || type.Type.Value is not { } major || type.SubType.Value is not { } minor)
        {
            return Kind.Unsupported;
        }
        if (!major.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Unsupported;
        }
        if (minor.Equals("x-ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Ndjson;
        }
        return minor.Equals("json", StringComparison.OrdinalIgnoreCase) || minor.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            ? Kind.Json
            : Kind.Unsupported;
    }
}
