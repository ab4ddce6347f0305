namespace FrontAlert.Client;

/// <summary>
/// How exactly a report placed and dated what it tells, on ACLED's scale. Geo: 1 the place itself, 2 near it or its
/// district, 3 only the province. Time: 1 the day, 2 the week, 3 the month.
/// </summary>
public sealed record Precision(int Geo, int Time);
