namespace FrontAlert.Client;

/// <summary>One accepted report in a location's timeline; <see cref="Note"/> says when it changed nothing (e.g. it was older).</summary>
public sealed record TimelineEntry(Report Report, string? Note = null);
