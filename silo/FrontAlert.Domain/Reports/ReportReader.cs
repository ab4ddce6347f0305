using System.Globalization;
using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>
/// Reads one report from JSON field by field, so every problem is named with its field rather than
/// surfacing as a serializer exception. Checks shape only; whether ids exist is <see cref="ReportValidator"/>'s job.
/// </summary>
public static class ReportReader
{
    public const int MaxString = 2000;
    public const int MaxId = 200;

    public static Report? Read(JsonElement json, List<FieldError> errors)
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
        var reportedAt = f.Time("reportedAt", required: false);
        var text = f.String("text", required: false, MaxString);
        var url = f.String("url", required: false, MaxString);
        Report? report = type switch
        {
            "control" => ReadControl(f),
            "strike" => ReadStrike(f),
            "toll" => ReadToll(f),
            "retraction" => RetractionReader.Read(f),
            null => null,
            _ => f.Fail<Report>("type", "must be one of control, strike, toll, retraction"),
        };
        if (report is null || errors.Count > 0)
        {
            return null;
        }
        return report with { Id = id!, LocationId = locationId!, SourceId = sourceId!, ReportedAt = reportedAt, Text = text, Url = url };
    }

    private static ControlReport? ReadControl(JsonFields f)
    {
        var observedAt = f.Time("observedAt", required: true);
        var actorId = f.Id("actorId");
        var status = f.Enum<ControlStatus>("status", required: true);
        return observedAt is null || actorId is null || status is null ? null : new ControlReport
        {
            Id = "", LocationId = "", SourceId = "", ObservedAt = observedAt.Value, ActorId = actorId, Status = status.Value,
        };
    }

    private static StrikeReport? ReadStrike(JsonFields f)
    {
        var observedAt = f.Time("observedAt", required: true);
        var perpetratorId = f.String("perpetratorId", required: false, MaxId);
        var kind = f.String("kind", required: false, MaxId) ?? "strike";
        var killedGiven = f.Count("killed"); // null when missing or itself invalid: then there is nothing to compare with
        var killed = killedGiven ?? 0;
        var civilians = f.Count("civiliansKilled") ?? 0;
        var wounded = f.Count("wounded") ?? 0;
        if (civilians > killed && killedGiven is not null)
        {
            f.Fail<object>("civiliansKilled", "cannot exceed killed");
        }
        return observedAt is null ? null : new StrikeReport
        {
            Id = "", LocationId = "", SourceId = "", ObservedAt = observedAt.Value, PerpetratorId = perpetratorId,
            Kind = kind, Killed = Math.Max(killed, civilians), CiviliansKilled = civilians, Wounded = wounded,
        };
    }

    private static TollReport? ReadToll(JsonFields f)
    {
        var category = f.Enum<TollCategory>("category", required: true);
        var actorId = f.String("actorId", required: false, MaxId);
        var value = f.Long("value");
        var since = f.Time("since", required: false);
        var asOf = f.Time("asOf", required: true);
        var observedAt = f.Time("observedAt", required: false) ?? asOf;
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
