namespace FrontAlert.Domain;

/// <summary>
/// How exactly a report's place and time are known, on ACLED's scale. <see cref="Geo"/>: 1 the place itself, 2 near
/// it or its district, 3 only the province. <see cref="Time"/>: 1 the day, 2 the week, 3 the month. Null on a report
/// means exact as given.
/// </summary>
public sealed record Precision(int Geo, int Time)
{
    public const int Exact = 1;
    public const int Coarsest = 3;

    /// <summary>
    /// What a reader is told, e.g. "approximate: province level", or null when place and day are exact. The web
    /// pages say the same words.
    /// </summary>
    public string? Describe()
    {
        var parts = new List<string>(2);
        if (Geo == 2)
        {
            parts.Add("near the place named");
        }
        else if (Geo >= Coarsest)
        {
            parts.Add("province level");
        }
        if (Time == 2)
        {
            parts.Add("within a week");
        }
        else if (Time >= Coarsest)
        {
            parts.Add("within a month");
        }
        return parts.Count == 0 ? null : "approximate: " + string.Join(", ", parts);
    }
}
