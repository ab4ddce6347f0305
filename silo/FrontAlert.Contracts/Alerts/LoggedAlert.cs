using System.Text.Json;
using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>
/// A logged alert as the log stores it, not parsed: <see cref="Json"/> is the alert in <see cref="DomainJson"/> as
/// it was appended, with <c>seq</c> 0 and no <c>epoch</c> (the log gives those: <see cref="Seq"/>, <see cref="Epoch"/>).
/// For readers that pass an alert on without looking into it, such as the hub's replay.
/// </summary>
public sealed record LoggedAlert(long Seq, string? Epoch, ReadOnlyMemory<byte> Json)
{
    public static LoggedAlert Of(Alert alert) => new(alert.Seq, alert.Epoch, Stored(alert));

    /// <summary>The JSON a log stores for <paramref name="alert"/>: without the <c>seq</c> and <c>epoch</c> the log gives.</summary>
    public static byte[] Stored(Alert alert) => JsonSerializer.SerializeToUtf8Bytes(alert with { Seq = 0, Epoch = null }, DomainJson.Options);

    public Alert Parse() => JsonSerializer.Deserialize<Alert>(Json.Span, DomainJson.Options)! with { Seq = Seq, Epoch = Epoch };
}
