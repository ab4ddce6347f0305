using System.Buffers;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;

namespace FrontAlert.Wire;

/// <summary>
/// A hub payload in MessagePack as the hub's JSON dialect shapes it: written through System.Text.Json with the JSON
/// protocol's own options, then carried value for value (<see cref="MessagePackJson"/>). The domain types keep one
/// description of their wire form (ADR 0001) instead of a second set of MessagePack attributes that could drift.
/// </summary>
public sealed class JsonShapedFormatter<T>(JsonSerializerOptions json) : IMessagePackFormatter<T>
{
    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
    {
        using var document = JsonSerializer.SerializeToDocument(value, json);
        MessagePackJson.Write(ref writer, document.RootElement);
    }

    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            MessagePackJson.Read(ref reader, writer, options);
        }
        return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, json)!;
    }
}
