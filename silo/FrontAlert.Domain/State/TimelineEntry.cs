namespace FrontAlert.Domain;

/// <summary>
/// One accepted report as the timeline shows it, with what it did: <see cref="Note"/> says when it changed nothing
/// (e.g. older than the current control state).
/// </summary>
public sealed record TimelineEntry(Report Report, string? Note = null);
