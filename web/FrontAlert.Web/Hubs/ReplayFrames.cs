using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FrontAlert.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace FrontAlert.Web;

/// <summary>
/// One replay's <c>alert</c> invocations, framed for the connection's protocol and gathered so that a few dozen go in
/// one write (each write is a pipe flush and a WebSocket send). Over JSON an alert is never parsed: the stored JSON is
/// the payload, with its <c>seq</c> and <c>epoch</c> written in where the serializer puts them, so the frame is byte for
/// byte what <see cref="HubMessages.Alert"/> serializes to (stored text with escapes is re-escaped the hub's way).
/// Other protocols (MessagePack) serialize the parsed alert.
/// Gathering frames is sound because this hub does not allow stateful reconnect, which counts writes as messages.
/// </summary>
public sealed class ReplayFrames(IHubProtocol protocol)
{
    /// <summary>Half the transport's default 64 KiB pause threshold: a write never waits for more than one send.</summary>
    public const int Batch = 32 * 1024;

    private static ReadOnlySpan<byte> Head => "{\"type\":1,\"target\":\"alert\",\"arguments\":["u8;
    private static ReadOnlySpan<byte> Tail => "]}\u001e"u8;

    private readonly ArrayBufferWriter<byte> _frames = new(Batch + 4 * 1024);
    private readonly bool _json = protocol is JsonHubProtocol;
    private string? _epoch;
    private Utf8JsonWriter? _writer;
    private byte[] _epochField = [];

    public bool Full => _frames.WrittenCount >= Batch;
    public bool Empty => _frames.WrittenCount == 0;

    public void Add(LoggedAlert alert)
    {
        if (!_json || !TryFrame(alert))
        {
            protocol.WriteMessage(HubMessages.Alert(alert.Parse()), _frames);
        }
    }

    /// <summary>The frames so far as one message for this connection's protocol. Await its write before <see cref="Clear"/>.</summary>
    public SerializedHubMessage Message() => new([new SerializedMessage(protocol.Name, _frames.WrittenMemory)]);

    public void Clear() => _frames.ResetWrittenCount();

    private bool TryFrame(LoggedAlert alert)
    {
        var json = alert.Json.Span;
        if (!FindSeq(json, out var start, out var end))
        {
            return false; // not the log's shape: the parsed alert serialized the usual way
        }
        // The log's dialect escapes non-ASCII and HTML-sensitive characters (\u0633, \u003C), the hub's writes most of
        // them as they are: an entry with an escape is rewritten token by token with the hub's escaping. Without one,
        // every string in it is plain ASCII that both write alike, and its bytes go as they are.
        if (json.Contains((byte)'\\'))
        {
            Head.CopyTo(_frames.GetSpan(Head.Length));
            _frames.Advance(Head.Length);
            Reescape(json, alert);
            Tail.CopyTo(_frames.GetSpan(Tail.Length));
            _frames.Advance(Tail.Length);
            return true;
        }
        Span<byte> seq = stackalloc byte[20];
        Utf8Formatter.TryFormat(alert.Seq, seq, out var digits);
        var epoch = EpochField(alert.Epoch);
        var frame = _frames.GetSpan(Head.Length + json.Length - (end - start) + digits + epoch.Length + Tail.Length);
        var at = 0;
        Head.CopyTo(frame);
        at += Head.Length;
        json[..start].CopyTo(frame[at..]);
        at += start;
        seq[..digits].CopyTo(frame[at..]);
        at += digits;
        epoch.CopyTo(frame[at..]);
        at += epoch.Length;
        json[end..].CopyTo(frame[at..]);
        at += json.Length - end;
        Tail.CopyTo(frame[at..]);
        _frames.Advance(at + Tail.Length);
        return true;
    }

    /// <summary>
    /// The stored JSON again, each string unescaped and written with the JSON hub protocol's escaping (its writer's
    /// relaxed encoder), numbers as they are, <c>seq</c> and <c>epoch</c> filled in: what the serializer writes.
    /// </summary>
    private void Reescape(ReadOnlySpan<byte> json, LoggedAlert alert)
    {
        _writer ??= new Utf8JsonWriter(_frames, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        _writer.Reset(_frames);
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: _writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: _writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: _writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: _writer.WriteEndArray(); break;
                case JsonTokenType.True or JsonTokenType.False: _writer.WriteBooleanValue(reader.GetBoolean()); break;
                case JsonTokenType.Null: _writer.WriteNullValue(); break;
                case JsonTokenType.Number: _writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                case JsonTokenType.String when reader.ValueIsEscaped: _writer.WriteStringValue(reader.GetString()); break;
                case JsonTokenType.String: _writer.WriteStringValue(reader.ValueSpan); break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1 && reader.ValueTextEquals("seq"u8):
                    _writer.WriteNumber("seq"u8, alert.Seq);
                    reader.Read();
                    if (alert.Epoch is { } epoch)
                    {
                        _writer.WriteString("epoch"u8, epoch);
                    }
                    break;
                case JsonTokenType.PropertyName when reader.ValueIsEscaped: _writer.WritePropertyName(reader.GetString()!); break;
                case JsonTokenType.PropertyName: _writer.WritePropertyName(reader.ValueSpan); break;
            }
        }
        _writer.Flush();
    }

    /// <summary><c>,"epoch":"…"</c> as the serializer escapes it, or nothing when the alert has none (it is then omitted).</summary>
    private ReadOnlySpan<byte> EpochField(string? epoch)
    {
        if (epoch is null)
        {
            return [];
        }
        if (!string.Equals(epoch, _epoch, StringComparison.Ordinal))
        {
            _epochField = [.. ",\"epoch\":\""u8, .. JsonEncodedText.Encode(epoch).EncodedUtf8Bytes, (byte)'"'];
            _epoch = epoch;
        }
        return _epochField;
    }

    /// <summary>Where the top-level <c>seq</c> number is (the second property), and that no <c>epoch</c> follows it.</summary>
    private static bool FindSeq(ReadOnlySpan<byte> json, out int start, out int end)
    {
        (start, end) = (0, 0);
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("seq"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
                {
                    return false;
                }
                (start, end) = ((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                return reader.Read() && !(reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("epoch"u8));
            }
            reader.Skip();
        }
        return false;
    }
}
