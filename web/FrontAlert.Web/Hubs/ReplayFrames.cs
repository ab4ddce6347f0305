using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using FrontAlert.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace FrontAlert.Web;

/// <summary>
/// One replay's <c>alert</c> invocations, framed for the connection's protocol and gathered so that a few dozen go in
/// one write (each write is a pipe flush and a WebSocket send). Over JSON an alert is never parsed: the stored JSON is
/// the payload, with its <c>seq</c> and <c>epoch</c> written in where the serializer puts them, so the frame is byte for
/// byte what <see cref="HubMessages.Alert"/> serializes to; an alert whose stored JSON holds an escape (non-ASCII text)
/// and other protocols (MessagePack) go through the parsed alert.
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
        // The log's dialect escapes non-ASCII and HTML-sensitive characters (\u0633, \u003C), the hub's writes them as
        // they are: an entry with any escape goes through the parsed alert. Without one, every string in it is plain
        // ASCII that both write alike. Not the log's shape either: the parsed alert serialized the usual way.
        if (json.Contains((byte)'\\') || !FindSeq(json, out var start, out var end))
        {
            return false;
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
