using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>
/// Something a source said about a place at a time (docs/contract/reports-and-state.md). <see cref="Id"/> is the reporter's idempotency key:
/// posting the same id again is harmless. The wire form is flat with a <c>type</c> member, which the serializer
/// writes from the derived type.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ControlReport), "control")]
[JsonDerivedType(typeof(StrikeReport), "strike")]
[JsonDerivedType(typeof(TollReport), "toll")]
public abstract record Report
{
    public required string Id { get; init; }
    public required string LocationId { get; init; }
    public required string SourceId { get; init; }

    /// <summary>When it happened; event time, not arrival time, orders evidence.</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    public DateTimeOffset? ReportedAt { get; init; }
    public string? Text { get; init; }
    public string? Url { get; init; }

    /// <summary>How exactly place and time are known (ACLED imports carry it); null when exact.</summary>
    public Precision? Precision { get; init; }
}
