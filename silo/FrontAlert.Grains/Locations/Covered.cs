using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// What one state write made durable, captured as the write began: the alerts waiting for the log, the reports
/// waiting for the store, and the roll-up for the parent. A delivery round delivers only what a completed write covered,
/// so it never appends, files or rolls up a later change whose own write may still fail (ADR 0013).
/// </summary>
public sealed record Covered(IReadOnlyList<Alert> Alerts, IReadOnlyList<TimelineEntry> UnfiledReports, RollUp Update)
{
    public static Covered Of(LocationState state) => new([.. state.UnloggedAlerts], [.. state.UnfiledReports], state.UpdateFor());
}
