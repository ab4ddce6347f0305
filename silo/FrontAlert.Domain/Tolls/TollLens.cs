namespace FrontAlert.Domain;

/// <summary>
/// How to read a place's figures: which sources count (<see cref="MinTrust"/>) and whose dead (<see cref="ActorId"/>).
/// The default lens counts monitor tolls and every strike, as the live state shows them.
/// </summary>
public sealed record TollLens(Trust? MinTrust = null, string? ActorId = null)
{
    public static readonly TollLens Default = new();

    public Trust TollTrust => MinTrust ?? Trust.Monitor;
    public Trust StrikeTrust => MinTrust ?? Trust.Unverified;
}
