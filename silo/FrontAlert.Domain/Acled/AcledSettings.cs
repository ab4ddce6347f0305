namespace FrontAlert.Domain;

/// <summary>How an ACLED import matches Locations: how far a point may lie from the nearest known town (geo_precision 1).</summary>
public sealed record AcledSettings(double NearestKm = AcledSettings.DefaultNearestKm)
{
    public const double DefaultNearestKm = 10;

    /// <summary>The source every ACLED report is filed under.</summary>
    public const string SourceId = "acled";
}
