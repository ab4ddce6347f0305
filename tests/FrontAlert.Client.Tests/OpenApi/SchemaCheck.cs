using System.Text.Json;
using System.Text.RegularExpressions;

namespace FrontAlert.Client.Tests;

/// <summary>
/// A small JSON Schema check for what the OpenAPI document uses: <c>$ref</c>, type (with null), enum, required,
/// properties, items, additionalProperties, allOf/anyOf/oneOf, pattern, and the date-time and uri formats. It is
/// stricter than JSON Schema in one way: an object may hold only properties its schema declares, so a misspelt field
/// in an example is caught rather than ignored.
/// </summary>
public sealed class SchemaCheck(OpenApiDocument document)
{
    public List<string> Errors(JsonElement instance, JsonElement schema)
    {
        var errors = new List<string>();
        Check(instance, schema, "$", errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        schema = document.Resolve(schema);
        foreach (var word in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(word, out var branches))
            {
                var tried = branches.EnumerateArray().Select(b => Errors(value, Merge(schema, b))).ToList();
                if (!tried.Any(e => e.Count == 0))
                {
                    errors.Add($"{at}: matches none of {word}: " + string.Join(" | ", tried.Select(e => string.Join("; ", e.Take(3)))));
                }
                return;
            }
        }
        var types = OpenApiDocument.Types(schema);
        if (types.Count > 0 && !types.Any(t => Is(value, t)))
        {
            errors.Add($"{at}: {value.ValueKind} is not {string.Join("|", types)}");
            return;
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{at}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !types.Contains("integer") && !Regex.IsMatch(text, pattern.GetString()!))
            {
                errors.Add($"{at}: '{text}' does not match {pattern}");
            }
            if (schema.TryGetProperty("format", out var format) && !Formatted(text, format.GetString()!))
            {
                errors.Add($"{at}: '{text}' is not a {format}");
            }
        }
        if (schema.TryGetProperty("allOf", out var parts))
        {
            foreach (var part in parts.EnumerateArray())
            {
                CheckObject(value, document.Resolve(part), at, errors, strict: false);
            }
            CheckStrict(value, schema, at, errors);
            return;
        }
        CheckObject(value, schema, at, errors, strict: true);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{at}[{i++}]", errors);
            }
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> errors, bool strict)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{at}: '{name}' is required");
            }
        }
        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        var extra = schema.TryGetProperty("additionalProperties", out var more) ? more : default;
        foreach (var property in value.EnumerateObject())
        {
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var own))
            {
                Check(property.Value, own, $"{at}.{property.Name}", errors);
            }
            else if (extra.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, extra, $"{at}.{property.Name}", errors);
            }
        }
        if (strict)
        {
            CheckStrict(value, schema, at, errors);
        }
    }

    /// <summary>No property the schema (with its allOf parts) does not declare, unless it takes any.</summary>
    private void CheckStrict(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object || schema.TryGetProperty("additionalProperties", out _))
        {
            return;
        }
        var declared = document.Properties(schema);
        if (declared.Count == 0)
        {
            return;
        }
        foreach (var name in value.EnumerateObject().Select(p => p.Name).Where(n => !declared.ContainsKey(n)))
        {
            errors.Add($"{at}: '{name}' is not in the schema");
        }
    }

    /// <summary>A branch of anyOf/oneOf with what its parent says beside it (a discriminator's "required", say).</summary>
    private JsonElement Merge(JsonElement parent, JsonElement branch)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(document.Resolve(branch).GetRawText())!.AsObject();
        if (parent.TryGetProperty("required", out var required) && !node.ContainsKey("required"))
        {
            node["required"] = System.Text.Json.Nodes.JsonNode.Parse(required.GetRawText());
        }
        return JsonSerializer.SerializeToElement(node);
    }

    private static bool Is(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => throw new Xunit.Sdk.XunitException($"unknown schema type '{type}'"),
    };

    private static bool Formatted(string text, string format) => format switch
    {
        "date-time" => DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        _ => true,
    };
}
