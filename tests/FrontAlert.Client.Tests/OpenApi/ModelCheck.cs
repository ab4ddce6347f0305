using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FrontAlert.Client.Tests;

/// <summary>
/// Whether a .NET client model agrees with a schema of the document: every property the client reads or writes (as
/// its JSON options see them) is declared there, with a compatible type, recursively; an enum has exactly the
/// schema's values; a polymorphic model's every derived type matches the branch of its discriminator. An enum the
/// client reads must know every value the schema allows; one it sends may send only values the schema allows (a
/// schema of one value is a discriminator, which the model's branch fixes).
/// </summary>
public sealed class ModelCheck(OpenApiDocument document, bool reads)
{
    public List<string> Errors(Type model, JsonElement schema)
    {
        var errors = new List<string>();
        Check(model, schema, model.Name, errors, []);
        return errors;
    }

    private void Check(Type type, JsonElement schema, string at, List<string> errors, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var branches = document.Branches(schema).Where(b => !OpenApiDocument.Types(b).SetEquals(["null"])).ToList();
        if (type == typeof(JsonElement) || type == typeof(object))
        {
            return;
        }
        var info = ClientJson.Options.GetTypeInfo(type);
        if (info.PolymorphismOptions is { } polymorphism)
        {
            foreach (var derived in polymorphism.DerivedTypes)
            {
                var branch = Branch(branches, polymorphism.TypeDiscriminatorPropertyName, (string)derived.TypeDiscriminator!);
                if (branch is null)
                {
                    errors.Add($"{at}: no schema branch for {polymorphism.TypeDiscriminatorPropertyName} '{derived.TypeDiscriminator}'");
                    continue;
                }
                CheckObject(derived.DerivedType, branch.Value, $"{at}<{derived.TypeDiscriminator}>", errors, seen);
            }
            return;
        }
        if (branches.Count != 1)
        {
            // a model that is one of several shapes: it must agree with one of them
            var tried = branches.Select(b => Errors(type, b)).ToList();
            if (!tried.Any(e => e.Count == 0))
            {
                errors.Add($"{at}: agrees with no branch: " + string.Join(" | ", tried.Select(e => string.Join("; ", e.Take(3)))));
            }
            return;
        }
        var target = document.Resolve(branches[0]);
        var types = OpenApiDocument.Types(target);
        bool Allows(string t) => types.Count == 0 || types.Contains(t);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                if (!Allows("array"))
                {
                    errors.Add($"{at}: the client reads an array, the schema says {string.Join("|", types)}");
                }
                else if (target.TryGetProperty("items", out var items))
                {
                    Check(info.ElementType!, items, at + "[]", errors, seen);
                }
                return;
            case JsonTypeInfoKind.Dictionary:
                if (!Allows("object"))
                {
                    errors.Add($"{at}: the client reads a map, the schema says {string.Join("|", types)}");
                }
                else if (target.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
                {
                    Check(info.ElementType!, values, at + "{}", errors, seen);
                }
                return;
            case JsonTypeInfoKind.Object:
                CheckObject(type, target, at, errors, seen);
                return;
        }
        CheckValue(type, target, types, at, errors);
    }

    private void CheckObject(Type type, JsonElement schema, string at, List<string> errors, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }
        var declared = document.Properties(schema);
        foreach (var property in ClientJson.Options.GetTypeInfo(type).Properties)
        {
            if (!declared.TryGetValue(property.Name, out var own))
            {
                errors.Add($"{at}.{property.Name}: not in the schema (it declares {string.Join(", ", declared.Keys)})");
                continue;
            }
            Check(property.PropertyType, own, $"{at}.{property.Name}", errors, seen);
        }
        seen.Remove(type);
    }

    private void CheckValue(Type type, JsonElement schema, HashSet<string> types, string at, List<string> errors)
    {
        bool Allows(string t) => types.Count == 0 || types.Contains(t);
        if (type.IsEnum)
        {
            var client = Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, ClientJson.Options).Trim('"')).ToHashSet();
            var server = schema.TryGetProperty("enum", out var values)
                ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet()
                : null;
            var agrees = server is not null && (reads ? server.IsSubsetOf(client) : server.Count == 1 || client.IsSubsetOf(server));
            if (!agrees)
            {
                errors.Add($"{at}: the client knows [{string.Join(", ", client.Order())}], the schema [{string.Join(", ", server?.Order() ?? Enumerable.Empty<string>())}]");
            }
            return;
        }
        var (want, format) = type switch
        {
            _ when type == typeof(string) => ("string", null),
            _ when type == typeof(Uri) => ("string", "uri"),
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => ("string", "date-time"),
            _ when type == typeof(bool) => ("boolean", null),
            _ when type == typeof(int) || type == typeof(long) => ("integer", null),
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => ("number", (string?)null),
            _ => throw new Xunit.Sdk.XunitException($"{at}: no rule for {type}"),
        };
        var ok = want == "number" ? Allows("number") || Allows("integer") : Allows(want);
        if (!ok)
        {
            errors.Add($"{at}: the client reads {want}, the schema says {string.Join("|", types)}");
        }
        if (format is not null && schema.TryGetProperty("format", out var declared) && declared.GetString() != format)
        {
            errors.Add($"{at}: the client reads a {format}, the schema's format is {declared}");
        }
    }

    /// <summary>The branch whose discriminator property allows only <paramref name="value"/>.</summary>
    private JsonElement? Branch(List<JsonElement> branches, string discriminator, string value)
    {
        foreach (var branch in branches)
        {
            if (document.Properties(branch).TryGetValue(discriminator, out var property)
                && document.Resolve(property).TryGetProperty("enum", out var values)
                && values.EnumerateArray().Any(v => v.GetString() == value))
            {
                return branch;
            }
        }
        return null;
    }
}
