namespace FrontAlert.Client.Tests;

/// <summary>Alerts compared field by field, lists by content: what the hub pushed must be what the log holds.</summary>
public sealed class AlertEquality : IEqualityComparer<Alert>
{
    public static readonly AlertEquality Instance = new();

    public bool Equals(Alert? x, Alert? y) =>
        x is not null && y is not null
        && x with { SourceIds = [], ReportIds = [] } == y with { SourceIds = [], ReportIds = [] }
        && x.SourceIds.SequenceEqual(y.SourceIds) && x.ReportIds.SequenceEqual(y.ReportIds);

    public int GetHashCode(Alert obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
}
