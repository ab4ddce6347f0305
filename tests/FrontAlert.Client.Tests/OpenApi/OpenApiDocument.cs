using System.Text.Json;

namespace FrontAlert.Client.Tests;

/// <summary>The served OpenAPI document, with <c>$ref</c>s resolved and the body schemas of its operations at hand.</summary>
public sealed class OpenApiDocument(JsonElement root)
{
    public JsonElement Root => root;

    public JsonElement Operation(string method, string path) =>
        root.GetProperty("paths").TryGetProperty(path, out var item) && item.TryGetProperty(method.ToLowerInvariant(), out var operation)
            ? operation
            : throw new Xunit.Sdk.XunitException($"{method} {path} is not in the document");

    public JsonElement Response(string method, string path, int status, string contentType = "application/json") =>
        Operation(method, path).GetProperty("responses").GetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetProperty("content").GetProperty(contentType).GetProperty("schema");

    public JsonElement Request(string method, string path, string contentType = "application/json") =>
        Operation(method, path).GetProperty("requestBody").GetProperty("content").GetProperty(contentType).GetProperty("schema");

    /// <summary>Follows <c>$ref</c> to <c>#/components/schemas/…</c> until the schema is not a reference.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            const string prefix = "#/components/schemas/";
            Assert.StartsWith(prefix, name, StringComparison.Ordinal);
            schema = root.GetProperty("components").GetProperty("schemas").GetProperty(name[prefix.Length..]);
        }
        return schema;
    }

    /// <summary>The schema's JSON types ("string", "null", …); none means any.</summary>
    public static HashSet<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    /// <summary>The alternatives of a schema: its anyOf or oneOf branches, or itself.</summary>
    public IEnumerable<JsonElement> Branches(JsonElement schema)
    {
        schema = Resolve(schema);
        foreach (var word in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(word, out var branches))
            {
                return branches.EnumerateArray().SelectMany(Branches);
            }
        }
        return [schema];
    }

    /// <summary>Every property a schema declares, its allOf parts included.</summary>
    public Dictionary<string, JsonElement> Properties(JsonElement schema)
    {
        schema = Resolve(schema);
        var all = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var p in properties.EnumerateObject())
            {
                all[p.Name] = p.Value;
            }
        }
        if (schema.TryGetProperty("allOf", out var parts))
        {
            foreach (var part in parts.EnumerateArray())
            {
                foreach (var (name, value) in Properties(part))
                {
                    all[name] = value;
                }
            }
        }
        return all;
    }
}
