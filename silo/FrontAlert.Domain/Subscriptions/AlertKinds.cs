namespace FrontAlert.Domain;

/// <summary>
/// The alert kinds a Subscription may ask for: every rule kind, and kinds of alerts no rule raises directly
/// (a correction of an earlier alert). Adding a rule kind adds it here without a change.
/// </summary>
public static class AlertKinds
{
    private static readonly string[] NotFromRules = ["correction"];

    public static IReadOnlyList<string> Known { get; } = [.. EnumNames.Of<RuleKind>(), .. NotFromRules];
}
