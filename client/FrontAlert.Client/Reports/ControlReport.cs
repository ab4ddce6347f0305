namespace FrontAlert.Client;

/// <summary>A claim about who holds a place: <see cref="ActorId"/> captured, holds, contests or withdrew from it.</summary>
public sealed record ControlReport : Report
{
    public required string ActorId { get; init; }
    public required ControlStatus Status { get; init; }
}
