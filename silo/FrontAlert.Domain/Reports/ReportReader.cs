using System.Globalization;
using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>
/// Reads one report from JSON field by field, so every problem is named with its field rather than
/// surfacing as a serializer exception. Checks shape only; whether ids exist is <see cref="ReportValidator"/>'s job.
/// Times are strict ISO-8601 with an offset, within <see cref="TimeBounds"/> when given; counts and figures are at most
/// <see cref="Counts.Max"/> (ADR 0013).
/// </summary>
public static class ReportReader
{
    public const int MaxString = 2000;
    public const int MaxId = 200;

    public static Report? Read(JsonElement json, List<FieldError> errors, TimeBounds? bounds = null)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", "a report must be a JSON object"));
            return null;
        }
        var f = new JsonFields(json, errors);
        var id = f.Id("id");
        var type = f.String("type", required: true, MaxId);
        // A retraction is filed where the report it retracts was: its reporter need not know the place.
        var locationId = type == "retraction" ? f.OptionalId("locationId") ?? "" : f.Id("locationId");
        var sourceId = f.Id("sourceId");
        var reportedAt = f.Time("reportedAt", required: false, bounds);
        var text = f.String("text", required: false, MaxString);
        var url = f.String("url", required: false, MaxString);
        var precision = f.Precision("precision");
        Report? report = type switch
        {
            "control" => ReadControl(f, bounds),
            "strike" => ReadStrike(f, bounds),
            "toll" => ReadToll(f, bounds),
            "retraction" => RetractionReader.Read(f),
            null => null,
            _ => f.Fail<Report>("type", "must be one of control, strike, toll, retraction"),
        };
        if (report is null || errors.Count > 0)
        {
            return null;
        }
        return report with { Id = id!, LocationId = locationId!, SourceId = sourceId!, ReportedAt = reportedAt, Text = text, Url = url, Precision = precision };
    }

    private static ControlReport? ReadControl(JsonFields f, TimeBounds? bounds)
    {
        var observedAt = f.Time("observedAt", required: true, bounds);
        var actorId = f.Id("actorId");
        var status = f.Enum<ControlStatus>("status", required: true);
        return observedAt is null || actorId is null || status is null ? null : new ControlReport
        {
            Id = "", LocationId = "", SourceId = "", ObservedAt = observedAt.Value, ActorId = actorId, Status = status.Value,
        };
    }

    private static StrikeReport? ReadStrike(JsonFields f, TimeBounds? bounds)
    {
        var observedAt = f.Time("observedAt", required: true, bounds);
        var perpetratorId = f.String("perpetratorId", required: false, MaxId);
        var kind = f.String("kind", required: false, MaxId) ?? "strike";
        var killedGiven = f.Count("killed", Counts.Max); // null when missing or itself invalid: then there is nothing to compare with
        var killed = killedGiven ?? 0;
        var civilians = f.Count("civiliansKilled", Counts.Max) ?? 0;
        var combatants = f.Count("combatantsKilled", Counts.Max);
        var wounded = f.Count("wounded", Counts.Max) ?? 0;
        if (civilians > killed && killedGiven is not null)
        {
            f.Fail<object>("civiliansKilled", "cannot exceed killed");
        }
        else if (combatants is not null && killedGiven is not null && civilians + combatants > killed)
        {
            // Some dead are neither (not yet identified), so the parts may fall short of killed but never exceed it.
            f.Fail<object>("combatantsKilled", "civiliansKilled + combatantsKilled cannot exceed killed");
        }
        else if (killedGiven is null && civilians + (combatants ?? 0) > Counts.Max)
        {
            f.Fail<object>("combatantsKilled", $"civiliansKilled + combatantsKilled must be at most {Counts.Max:N0}");
        }
        return observedAt is null ? null : new StrikeReport
        {
            Id = "", LocationId = "", SourceId = "", ObservedAt = observedAt.Value, PerpetratorId = perpetratorId,
            Kind = kind, Killed = Math.Max(killed, civilians + (combatants ?? 0)), CiviliansKilled = civilians,
            CombatantsKilled = combatants, Wounded = wounded,
        };
    }

    private static TollReport? ReadToll(JsonFields f, TimeBounds? bounds)
    {
        var category = f.Enum<TollCategory>("category", required: true);
        var actorId = f.String("actorId", required: false, MaxId);
        var value = f.Long("value", Counts.Max);
        var since = f.Time("since", required: false, bounds);
        var asOf = f.Time("asOf", required: true, bounds);
        var observedAt = f.Time("observedAt", required: false, bounds) ?? asOf;
        if (since is not null && asOf is not null && since > asOf)
        {
            f.Fail<object>("since", "must not be after asOf");
        }
        return category is null || value is null || asOf is null ? null : new TollReport
        {
            Id = "", LocationId = "", SourceId = "", ObservedAt = observedAt!.Value, Category = category.Value,
            ActorId = actorId, Value = value.Value, Since = since, AsOf = asOf.Value,
        };
    }
}
