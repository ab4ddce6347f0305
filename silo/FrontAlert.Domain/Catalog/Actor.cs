namespace FrontAlert.Domain;

/// <summary>An armed party, e.g. <c>saa</c> or <c>hts</c>, and the side it fights for.</summary>
public sealed record Actor(string Id, string Name, Side Side);
