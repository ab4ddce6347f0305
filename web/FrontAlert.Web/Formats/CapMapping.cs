using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// How FrontAlert's words become CAP 1.2's fixed vocabularies (docs/contract/formats.md explains each choice).
/// </summary>
public static class CapMapping
{
    /// <summary>CAP's <c>sent</c> pattern wants a numeric offset, never <c>Z</c>.</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Severe, not Extreme, for critical: CAP readers take Extreme as an imminent threat to life where the reader is.</summary>
    public static string Severity(Severity severity) => severity switch
    {
        Domain.Severity.Critical => "Severe",
        Domain.Severity.Warning => "Moderate",
        _ => "Minor",
    };

    /// <summary>Contested is Unknown: the sources disagree, so no likelihood can be claimed either way.</summary>
    public static string Certainty(Alert alert) => alert.Confidence switch
    {
        Confidence.Confirmed => "Observed",
        Confidence.Claimed => "Possible",
        Confidence.Contested => "Unknown",
        _ => alert.Kind == RuleKind.Correction ? "Observed" : "Likely",
    };

    public static string Event(RuleKind kind) => kind switch
    {
        RuleKind.ControlChange => "Change of territorial control",
        RuleKind.Strike => "Strike with casualties",
        RuleKind.TollThreshold => "Casualty toll threshold crossed",
        RuleKind.TollDivergence => "Casualty tolls diverge between sources",
        RuleKind.Correction => "Correction of an earlier alert",
        RuleKind.Contested => "Control contested",
        _ => "Conflict alert",
    };

    /// <summary>A circle around the Location: its size follows the kind, so a governorate is not drawn as a town.</summary>
    public static double RadiusKm(LocationKind kind) => kind switch
    {
        LocationKind.Country => 300,
        LocationKind.Governorate => 60,
        LocationKind.District => 25,
        LocationKind.Subdistrict => 12,
        _ => 5,
    };
}
