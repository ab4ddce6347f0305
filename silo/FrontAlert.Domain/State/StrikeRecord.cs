namespace FrontAlert.Domain;

/// <summary>A recent strike at this very place, kept for the live state.</summary>
public sealed record StrikeRecord(string ReportId, string SourceId, string? PerpetratorId, string Kind, int Killed, int CiviliansKilled, int Wounded, DateTimeOffset ObservedAt);
