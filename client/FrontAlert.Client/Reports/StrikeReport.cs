namespace FrontAlert.Client;

/// <summary>One strike and its casualties; the server counts it once into the place and every ancestor.</summary>
public sealed record StrikeReport : Report
{
    public string? PerpetratorId { get; init; }
    public string? Kind { get; init; }
    public int Killed { get; init; }
    public int CiviliansKilled { get; init; }
    public int Wounded { get; init; }
}
