namespace FrontAlert.Contracts;

/// <summary>
/// The catalog's version, and the moment (the catalog's clock) up to which a snapshot of it holds every rule created:
/// a rule being stored right now is missing from it but was created no earlier than that (ADR 0027).
/// </summary>
[GenerateSerializer, Immutable, Alias("FrontAlert.CatalogMark")]
public sealed record CatalogMark([property: Id(0)] long Version, [property: Id(1)] DateTimeOffset CompleteAsOf);
