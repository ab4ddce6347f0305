using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>Reads and checks an operator's rule field by field; the id comes from the URL.</summary>
public static class RuleReader
{
    public static Rule? Read(string id, JsonElement json, Catalog catalog, List<FieldError> errors)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", "a rule must be a JSON object"));
            return null;
        }
        if (!IdSyntax.IsValid(id))
        {
            errors.Add(new("id", "may contain only letters, digits and . _ : -"));
        }
        var f = new JsonFields(json, errors);
        var kind = f.Enum<RuleKind>("kind", required: true);
        // An inhibit rule lives with the rule it listens to; naming a scope is optional.
        var scopeId = kind == RuleKind.Inhibit ? f.OptionalId("scopeId") : f.Id("scopeId");
        var rule = new Rule
        {
            Id = id,
            Kind = kind ?? RuleKind.ControlChange,
            ScopeId = scopeId ?? "",
            Name = f.String("name", required: false, ReportReader.MaxString),
            Severity = f.Enum<Severity>("severity", required: false) ?? Severity.Warning,
            Enabled = f.Bool("enabled") ?? true,
            MinConfidence = f.Enum<Confidence>("minConfidence", required: false) ?? Confidence.Confirmed,
            Category = f.Enum<TollCategory>("category", required: false),
            Threshold = f.Has("threshold") ? f.Long("threshold") : null,
            MinTrust = f.Enum<Trust>("minTrust", required: false),
            ActorId = f.OptionalId("actorId"),
            MinKilled = f.Count("minKilled"),
            MinCiviliansKilled = f.Count("minCiviliansKilled"),
            MaxGeoPrecision = f.Count("maxGeoPrecision", Precision.Coarsest),
        };
        if (rule.MaxGeoPrecision == 0)
        {
            errors.Add(new("maxGeoPrecision", "must be 1 (the place itself), 2 (near it or its district) or 3 (the province)"));
        }
        if (scopeId is not null && !catalog.Locations.ContainsKey(scopeId))
        {
            errors.Add(new("scopeId", $"unknown location '{scopeId}'"));
        }
        if (rule.ActorId is not null && !catalog.Actors.ContainsKey(rule.ActorId))
        {
            errors.Add(new("actorId", $"unknown actor '{rule.ActorId}'"));
        }
        rule = RuleTerms.Read(rule, json, catalog, errors);
        CheckKind(rule, kind, errors);
        return errors.Count == 0 ? rule : null;
    }

    private static void CheckKind(Rule rule, RuleKind? kind, List<FieldError> errors)
    {
        switch (kind)
        {
            case RuleKind.TollThreshold when rule.Category is null:
                errors.Add(new("category", "is required for a toll-threshold rule"));
                break;
            case RuleKind.TollThreshold when rule.Threshold is null or 0:
                errors.Add(new("threshold", "is required for a toll-threshold rule and must be at least 1"));
                break;
            case RuleKind.Strike when rule.MinKilled is null && rule.MinCiviliansKilled is null:
                errors.Add(new("minKilled", "a strike rule needs minKilled or minCiviliansKilled"));
                break;
        }
    }
}
