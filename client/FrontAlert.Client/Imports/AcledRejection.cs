namespace FrontAlert.Client;

/// <summary>A row that could not become a report: its line, its report id when it had one, and why (naming the column).</summary>
public sealed record AcledRejection(int Line, string? Id, string Reason);
