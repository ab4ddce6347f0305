namespace FrontAlert.Client;

/// <summary>A row of an ACLED event type FrontAlert files no report for, e.g. a peaceful protest.</summary>
public sealed record AcledNotMapped(int Line, string EventType, string Reason);
