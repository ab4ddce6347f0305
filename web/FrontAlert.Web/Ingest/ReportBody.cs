using System.Text;
using System.Text.Json;

namespace FrontAlert.Web;

/// <summary>
/// Reads a posted body as one report, a JSON array of reports or NDJSON. A broken NDJSON line rejects that line
/// only; a body that is not JSON at all, or holds more than <see cref="MaxReports"/>, is refused whole.
/// </summary>
public static class ReportBody
{
    public const int MaxReports = 10_000;
    public const long MaxBytes = 16 * 1024 * 1024;

    public sealed record Parsed(IReadOnlyList<ReportItem> Items, bool Single);

    /// <summary>Returns the items, or a problem message for a body that cannot be taken at all.</summary>
    public static async Task<(Parsed? Body, string? Problem)> Read(HttpRequest request, CancellationToken cancel)
    {
        var ndjson = ReportMediaTypes.Of(request.ContentType) == ReportMediaTypes.Kind.Ndjson;
        return ndjson ? await ReadLines(request.Body, cancel) : await ReadJson(request, cancel);
    }

    private static async Task<(Parsed?, string?)> ReadJson(HttpRequest request, CancellationToken cancel)
    {
        JsonElement root;
        try
        {
            // A pooled document that lives as long as the request (its items are read until the answer is written),
            // instead of a deserialized element that copies the whole body once more.
            var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancel);
            request.HttpContext.Response.RegisterForDispose(document);
            root = document.RootElement;
        }
        catch (JsonException e)
        {
            return (null, $"the body is not valid JSON: {e.Message}");
        }
        return root.ValueKind switch
        {
            JsonValueKind.Object => (new Parsed([new ReportItem(root)], Single: true), null),
            JsonValueKind.Array when root.GetArrayLength() > MaxReports => (null, TooMany(root.GetArrayLength())),
            JsonValueKind.Array when root.GetArrayLength() == 0 => (null, "the array holds no reports"),
            JsonValueKind.Array => (new Parsed([.. root.EnumerateArray().Select(e => new ReportItem(e))], Single: false), null),
            _ => (null, "the body must be a report object, an array of reports, or NDJSON"),
        };
    }

    private static async Task<(Parsed?, string?)> ReadLines(Stream body, CancellationToken cancel)
    {
        var items = new List<ReportItem>();
        using var reader = new StreamReader(body, Encoding.UTF8);
        var number = 0; // physical line numbers, blank lines included, so the client can find the line in its file
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (items.Count == MaxReports)
            {
                return (null, TooMany(MaxReports + 1));
            }
            try
            {
                items.Add(new ReportItem(JsonSerializer.Deserialize<JsonElement>(line)));
            }
            catch (JsonException e)
            {
                items.Add(new ReportItem(default, $"line {number} is not valid JSON: {e.Message}"));
            }
        }
        return items.Count == 0 ? (null, "the body holds no reports") : (new Parsed(items, Single: false), null);
    }

    private static string TooMany(int count) => $"a batch may hold at most {MaxReports:N0} reports; this one holds {(count > MaxReports ? "more" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
