using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>The <c>FrontAlert:Acled</c> section: how far ACLED is believed, and how far a point may be from a known town.</summary>
public sealed class AcledOptions
{
    public const string Section = "FrontAlert:Acled";

    /// <summary>The trust of the <c>acled</c> source; every import makes the catalog say so (default monitor).</summary>
    public Trust Trust { get; set; } = Trust.Monitor;

    /// <summary>geo_precision 1 rows whose place is not known by name go to the nearest known town within this many km.</summary>
    public double NearestKm { get; set; } = AcledSettings.DefaultNearestKm;
}
