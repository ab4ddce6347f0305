using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>Reads and checks an operator's gazetteer, actor and source entries; the id comes from the URL.</summary>
public static class CatalogReader
{
    public static Location? ReadLocation(string id, JsonElement json, Catalog catalog, List<FieldError> errors)
    {
        var f = Start(id, json, "location", errors);
        var name = f.String("name", required: true, ReportReader.MaxId);
        var kind = f.Enum<LocationKind>("kind", required: true);
        var parentId = f.OptionalId("parentId");
        var lat = f.Coordinate("lat", 90);
        var lon = f.Coordinate("lon", 180);
        var aliases = f.Names("aliases");
        if (parentId is not null && !catalog.Locations.ContainsKey(parentId))
        {
            errors.Add(new("parentId", $"unknown location '{parentId}'"));
        }
        else if (parentId is not null && (parentId == id || catalog.Ancestors(parentId).Contains(id)))
        {
            errors.Add(new("parentId", "would put the location inside its own subtree"));
        }
        if (parentId is null && kind is not null and not LocationKind.Country)
        {
            errors.Add(new("parentId", "is required for every location but a country"));
        }
        return errors.Count == 0 ? new Location(id, name!, kind!.Value, parentId, lat, lon) { Aliases = aliases } : null;
    }

    public static Actor? ReadActor(string id, JsonElement json, List<FieldError> errors)
    {
        var f = Start(id, json, "actor", errors);
        var name = f.String("name", required: true, ReportReader.MaxId);
        var side = f.Enum<Side>("side", required: true);
        var aliases = f.Names("aliases");
        return errors.Count == 0 ? new Actor(id, name!, side!.Value) { Aliases = aliases } : null;
    }

    public static Source? ReadSource(string id, JsonElement json, List<FieldError> errors)
    {
        var f = Start(id, json, "source", errors);
        var name = f.String("name", required: true, ReportReader.MaxId);
        var trust = f.Enum<Trust>("trust", required: true);
        var side = f.Enum<Side>("side", required: false);
        var aliases = f.Names("aliases");
        return errors.Count == 0 ? new Source(id, name!, trust!.Value, side) { Aliases = aliases } : null;
    }

    public static Silence? ReadSilence(string id, JsonElement json, Catalog catalog, DateTimeOffset now, List<FieldError> errors)
    {
        var f = Start(id, json, "silence", errors);
        var ruleId = f.OptionalId("ruleId");
        var scopeId = f.OptionalId("scopeId");
        var until = f.Time("until", required: true);
        var reason = f.String("reason", required: false, ReportReader.MaxString);
        if (errors.Count == 0 && ruleId is null && scopeId is null)
        {
            errors.Add(new("ruleId", "a silence needs ruleId, scopeId or both"));
        }
        if (scopeId is not null && !catalog.Locations.ContainsKey(scopeId))
        {
            errors.Add(new("scopeId", $"unknown location '{scopeId}'"));
        }
        if (until is not null && until <= now)
        {
            errors.Add(new("until", "must be in the future"));
        }
        return errors.Count == 0 ? new Silence(id, ruleId, scopeId, until!.Value, reason, now) : null;
    }

    private static JsonFields Start(string id, JsonElement json, string what, List<FieldError> errors)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", $"a {what} must be a JSON object"));
        }
        if (!IdSyntax.IsValid(id))
        {
            errors.Add(new("id", "may contain only letters, digits and . _ : -"));
        }
        return new JsonFields(json.ValueKind == JsonValueKind.Object ? json : default, errors);
    }
}
