namespace FrontAlert.Web;

/// <summary>A row of a mapped event type that could not become a report; <see cref="Reason"/> names the column.</summary>
public sealed record AcledRejection(int Line, string? Id, string Reason);
