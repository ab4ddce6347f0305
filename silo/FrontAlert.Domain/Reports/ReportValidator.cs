namespace FrontAlert.Domain;

/// <summary>Checks a well-formed report against the catalog: unknown places, actors and sources are rejected, never invented.</summary>
public static class ReportValidator
{
    private const string UnknownPrefix = "unknown ";

    /// <summary>Whether the error is a name the catalog did not know: a catalog a moment old may not know it yet.</summary>
    public static bool SaysUnknown(FieldError error) => error.Message.StartsWith(UnknownPrefix, StringComparison.Ordinal);

    public static void Check(Report report, Catalog catalog, List<FieldError> errors)
    {
        // A retraction's place is the retracted report's, found after reading (it is empty until then).
        if (!catalog.Locations.ContainsKey(report.LocationId) && !(report is RetractionReport && report.LocationId.Length == 0))
        {
            errors.Add(new("locationId", $"{UnknownPrefix}location '{report.LocationId}'"));
        }
        if (!catalog.Sources.ContainsKey(report.SourceId))
        {
            errors.Add(new("sourceId", $"{UnknownPrefix}source '{report.SourceId}'"));
        }
        switch (report)
        {
            case ControlReport c when !catalog.Actors.ContainsKey(c.ActorId):
                errors.Add(new("actorId", $"{UnknownPrefix}actor '{c.ActorId}'"));
                break;
            case StrikeReport { PerpetratorId: { } p } when !catalog.Actors.ContainsKey(p):
                errors.Add(new("perpetratorId", $"{UnknownPrefix}actor '{p}'"));
                break;
            case TollReport { ActorId: { } a } when !catalog.Actors.ContainsKey(a):
                errors.Add(new("actorId", $"{UnknownPrefix}actor '{a}'"));
                break;
        }
    }
}
