namespace FrontAlert.Domain;

/// <summary>
/// One row of an ACLED export, as text, with the columns the import reads (ACLED's own column names in the comments)
/// and the file line it starts on. Whoever parses the CSV fills it; <see cref="AcledMapper"/> judges it.
/// </summary>
public sealed record AcledRow
{
    public required int Line { get; init; }
    public string EventIdCnty { get; init; } = "";      // event_id_cnty
    public string EventDate { get; init; } = "";        // event_date
    public string TimePrecision { get; init; } = "";    // time_precision
    public string EventType { get; init; } = "";        // event_type
    public string SubEventType { get; init; } = "";     // sub_event_type
    public string Actor1 { get; init; } = "";           // actor1
    public string CivilianTargeting { get; init; } = ""; // civilian_targeting
    public string Admin1 { get; init; } = "";           // admin1
    public string Admin2 { get; init; } = "";           // admin2
    public string Location { get; init; } = "";         // location
    public string Latitude { get; init; } = "";         // latitude
    public string Longitude { get; init; } = "";        // longitude
    public string GeoPrecision { get; init; } = "";     // geo_precision
    public string Source { get; init; } = "";           // source
    public string Notes { get; init; } = "";            // notes
    public string Fatalities { get; init; } = "";       // fatalities
}
