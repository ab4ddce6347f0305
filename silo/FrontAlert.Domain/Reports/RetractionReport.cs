namespace FrontAlert.Domain;

/// <summary>
/// A source takes back one of its reports (<see cref="Retracts"/>). The reporter names no place: the web node files the
/// retraction at the place of the retracted report, which then recounts its picture as if that report had never come.
/// </summary>
public sealed record RetractionReport : Report
{
    public required string Retracts { get; init; }
    public string? Reason { get; init; }
}
