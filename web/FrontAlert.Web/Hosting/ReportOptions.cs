using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>The <c>FrontAlert:Reports</c> section.</summary>
public sealed class ReportOptions
{
    /// <summary>
    /// How far after this node's clock a report's times may lie (clock skew between reporters and us); later ones are
    /// rejected naming the field, so a report dated in the future cannot freeze a place.
    /// </summary>
    public TimeSpan MaxAhead { get; set; } = TimeBounds.DefaultMaxAhead;
}
