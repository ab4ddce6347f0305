using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>
/// Reads the terms of the later rule kinds (toll-divergence, inhibit) and the flapping settings of control-change rules,
/// each problem named by its field.
/// </summary>
public static class RuleTerms
{
    public const int MaxTargets = 100;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(30);

    public static Rule Read(Rule rule, JsonElement json, Catalog catalog, List<FieldError> errors)
    {
        rule = rule with
        {
            Ratio = Ratio(json, errors),
            SourceRuleId = new JsonFields(json, errors).OptionalId("sourceRuleId"),
            TargetRuleIds = Targets(json, errors),
            Window = Duration(json, "window", errors),
            FlapChanges = new JsonFields(json, errors).Count("flapChanges"),
            FlapWindow = Duration(json, "flapWindow", errors),
        };
        switch (rule.Kind)
        {
            case RuleKind.TollDivergence:
                if (rule.Category is null)
                {
                    errors.Add(new("category", "is required for a toll-divergence rule"));
                }
                if (rule.Ratio is null && !Has(json, "ratio"))
                {
                    errors.Add(new("ratio", "is required for a toll-divergence rule"));
                }
                break;
            case RuleKind.Inhibit:
                return Inhibit(rule, catalog, errors);
            case RuleKind.Correction or RuleKind.Contested:
                errors.Add(new("kind", $"'{EnumNames.Name(rule.Kind)}' is a kind of alert, not of rule; must be one of control-change, toll-threshold, strike, toll-divergence, inhibit"));
                break;
        }
        return rule;
    }

    private static Rule Inhibit(Rule rule, Catalog catalog, List<FieldError> errors)
    {
        if (rule.SourceRuleId is null)
        {
            errors.Add(new("sourceRuleId", "is required for an inhibit rule"));
        }
        else if (rule.SourceRuleId == rule.Id)
        {
            errors.Add(new("sourceRuleId", "an inhibit rule cannot inhibit by itself"));
        }
        else if (!catalog.Rules.TryGetValue(rule.SourceRuleId, out var source))
        {
            errors.Add(new("sourceRuleId", $"unknown rule '{rule.SourceRuleId}'"));
        }
        else if (rule.ScopeId.Length == 0)
        {
            rule = rule with { ScopeId = source.ScopeId }; // kept with the rule it listens to
        }
        if (rule.TargetRuleIds is null or { Count: 0 } && !errors.Any(e => e.Field == "targetRuleIds"))
        {
            errors.Add(new("targetRuleIds", "is required for an inhibit rule: a list of at least one rule id"));
        }
        foreach (var target in rule.TargetRuleIds ?? [])
        {
            if (!catalog.Rules.ContainsKey(target))
            {
                errors.Add(new("targetRuleIds", $"unknown rule '{target}'"));
            }
        }
        if (rule.Window is null && !errors.Any(e => e.Field == "window"))
        {
            errors.Add(new("window", "is required for an inhibit rule, an ISO-8601 duration such as PT2H"));
        }
        return rule;
    }

    private static bool Has(JsonElement json, string name) => json.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    private static double? Ratio(JsonElement json, List<FieldError> errors)
    {
        if (!Has(json, "ratio"))
        {
            return null;
        }
        var v = json.GetProperty("ratio");
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var ratio) || ratio <= 1 || ratio > 1_000_000)
        {
            errors.Add(new("ratio", "must be a number greater than 1 (the highest figure as a multiple of the lowest), at most 1000000"));
            return null;
        }
        return ratio;
    }

    private static TimeSpan? Duration(JsonElement json, string name, List<FieldError> errors)
    {
        if (!Has(json, name))
        {
            return null;
        }
        var v = json.GetProperty(name);
        var span = v.ValueKind == JsonValueKind.String ? IsoDuration.Parse(v.GetString()!) : null;
        if (span is not { } s || s <= TimeSpan.Zero || s > MaxWindow)
        {
            errors.Add(new(name, "must be an ISO-8601 duration greater than zero and at most 30 days, such as PT2H"));
            return null;
        }
        return span;
    }

    private static List<string>? Targets(JsonElement json, List<FieldError> errors)
    {
        if (!Has(json, "targetRuleIds"))
        {
            return null;
        }
        var v = json.GetProperty("targetRuleIds");
        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() > MaxTargets
            || v.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String || !IdSyntax.IsValid(t.GetString()!)))
        {
            errors.Add(new("targetRuleIds", $"must be a list of at most {MaxTargets} rule ids"));
            return null;
        }
        return [.. v.EnumerateArray().Select(t => t.GetString()!).Distinct(StringComparer.Ordinal)];
    }
}
