namespace FrontAlert.Domain;

/// <summary>
/// What became of one ACLED row: a <see cref="Report"/>; or <see cref="Rejected"/> (a mapped event type whose row
/// cannot be read or matched, with the reason naming the column); or not mapped (an event type FrontAlert has no
/// report for, named in <see cref="EventType"/>).
/// </summary>
public sealed record AcledOutcome(int Line, Report? Report, string? Rejected, string? EventType, string? Reason)
{
    public static AcledOutcome Mapped(int line, Report report) => new(line, report, null, null, null);

    public static AcledOutcome Reject(int line, string reason) => new(line, null, reason, null, null);

    public static AcledOutcome NotMapped(int line, string eventType, string reason) => new(line, null, null, eventType, reason);
}
