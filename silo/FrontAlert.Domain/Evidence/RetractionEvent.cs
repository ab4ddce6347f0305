namespace FrontAlert.Domain;

/// <summary>
/// A report was retracted at a place and its picture recounted. It travels up with the roll-up (whose totals already
/// leave the report out) so that every scope re-judges what it raised on the old figures: toll rules whose figure fell
/// back below their threshold raise a correction.
/// </summary>
public sealed record RetractionEvent(
    string EventId,
    string LocationId,
    DateTimeOffset ObservedAt,
    string RetractionId,
    string ReportId,
    string SourceId,
    string? Reason) : LocationEvent(EventId, LocationId, ObservedAt);
