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
}
