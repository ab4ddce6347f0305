namespace FrontAlert.Web;

/// <summary>A row whose event type FrontAlert has no report for (a protest, a clash without dead, ...).</summary>
public sealed record AcledNotMapped(int Line, string EventType, string Reason);
