namespace FrontAlert.Client;

/// <summary>
/// One toll category of a place: the strike sum of its subtree, each source's own figure (alternatives, never
/// added), and the effective figure the server settles on.
/// </summary>
public sealed record TollView(long Incidents, IReadOnlyDictionary<string, long> BySource, long Effective);
