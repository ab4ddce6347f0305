using System.Collections.Frozen;

namespace FrontAlert.Domain;

/// <summary>
/// Which ACLED sub-event types become which report (docs/contract/acled-import.md): territory changes are control
/// reports, remote violence and deadly armed clashes are strike reports with the given kind, the rest is not mapped.
/// </summary>
public static class AcledEventTypes
{
    public static readonly FrozenSet<string> Control = new[]
    {
        "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
    }.Select(NameKey.Of).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The strike kind each strike-like sub-event type is filed as.</summary>
    public static readonly FrozenDictionary<string, string> Strikes = new Dictionary<string, string>
    {
        [NameKey.Of("Air/drone strike")] = "airstrike",
        [NameKey.Of("Shelling/artillery/missile attack")] = "shelling",
        [NameKey.Of("Remote explosive/landmine/IED")] = "explosive",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A clash is a strike report only when people died in it; otherwise it says nothing FrontAlert counts.</summary>
    public static readonly string ArmedClash = NameKey.Of("Armed clash");

    public const string ClashKind = "clash";
}
