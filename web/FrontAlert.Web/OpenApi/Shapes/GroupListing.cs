namespace FrontAlert.Web;

/// <summary>An open group of alerts waiting for its next notification, or in its quiet interval.</summary>
public sealed record GroupListing(
    string GroupKey,
    string GroupId,
    string RuleId,
    string ScopeId,
    int Total,
    int Notified,
    int Notifications,
    DateTimeOffset OpenedAt,
    DateTimeOffset DueAt);
