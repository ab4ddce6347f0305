namespace FrontAlert.Domain;

/// <summary>One strike and its casualties. Counted once into its place and once into every ancestor.</summary>
public sealed record StrikeReport : Report
{
    public string? PerpetratorId { get; init; }
    public string Kind { get; init; } = "strike";
    public int Killed { get; init; }
    public int CiviliansKilled { get; init; }

    /// <summary>As the source gave it; null when it did not. Never more than killed minus civilians.</summary>
    public int? CombatantsKilled { get; init; }
    public int Wounded { get; init; }
}
