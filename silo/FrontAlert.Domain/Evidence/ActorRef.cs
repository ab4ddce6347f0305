namespace FrontAlert.Domain;

/// <summary>An actor and its side, as an alert names them.</summary>
public sealed record ActorRef(string ActorId, Side Side);
