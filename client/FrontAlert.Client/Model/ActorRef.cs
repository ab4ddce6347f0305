namespace FrontAlert.Client;

/// <summary>An actor and its side, as a control-change alert names who held and who holds a place.</summary>
public sealed record ActorRef(string ActorId, Side Side);
