using System.Text.Json;

namespace FrontAlert.Web;

/// <summary>One entry of a posted body: its JSON, or why it could not even be parsed (a broken NDJSON line).</summary>
public sealed record ReportItem(JsonElement Json, string? ParseError = null);
