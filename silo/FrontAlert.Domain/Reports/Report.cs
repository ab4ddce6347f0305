using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// Something a source said about a place at a time. <see cref="Id"/> is the reporter's idempotency key:
/// the same id again is a duplicate whatever its content.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ControlReport), "control")]
[JsonDerivedType(typeof(StrikeReport), "strike")]
[JsonDerivedType(typeof(TollReport), "toll")]
[JsonDerivedType(typeof(RetractionReport), "retraction")]
public abstract record Report
{
    public required string Id { get; init; }
    public required string LocationId { get; init; }
    public required string SourceId { get; init; }

    /// <summary>When it happened. Event time, not arrival time, orders evidence.</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    public DateTimeOffset? ReportedAt { get; init; }
    public string? Text { get; init; }
    public string? Url { get; init; }

    /// <summary>How exactly place and time are known (imports carry it); null when exact as given.</summary>
    public Precision? Precision { get; init; }
}
