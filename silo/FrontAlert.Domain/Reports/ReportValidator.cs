namespace FrontAlert.Domain;

/// <summary>Checks a well-formed report against the catalog: unknown places, actors and sources are rejected, never invented.</summary>
public static class ReportValidator
{
    public static void Check(Report report, Catalog catalog, List<FieldError> errors)
    {
        // A retraction's place is the retracted report's, found after reading (it is empty until then).
        if (!catalog.Locations.ContainsKey(report.LocationId) && !(report is RetractionReport && report.LocationId.Length == 0))
        {
            errors.Add(new("locationId", $"unknown location '{report.LocationId}'"));
        }
        if (!catalog.Sources.ContainsKey(report.SourceId))
        {
            errors.Add(new("sourceId", $"unknown source '{report.SourceId}'"));
        }
        switch (report)
        {
            case ControlReport c when !catalog.Actors.ContainsKey(c.ActorId):
                errors.Add(new("actorId", $"unknown actor '{c.ActorId}'"));
                break;
            case StrikeReport { PerpetratorId: { } p } when !catalog.Actors.ContainsKey(p):
                errors.Add(new("perpetratorId", $"unknown actor '{p}'"));
                break;
            case TollReport { ActorId: { } a } when !catalog.Actors.ContainsKey(a):
                errors.Add(new("actorId", $"unknown actor '{a}'"));
                break;
        }
    }
}
