using System.Text.Json;
using MessagePack;

namespace FrontAlert.Wire;

/// <summary>
/// Moves a JSON tree into MessagePack and back, value for value: objects become maps with the same keys in the same
/// order, arrays arrays, strings strings, whole numbers integers, other numbers doubles, and null nil. So a MessagePack
/// client reads exactly the fields and values a JSON client reads (times stay RFC 3339 strings, enums their contract
/// names), and a field added to the JSON contract reaches it without a second description of the message.
/// </summary>
public static class MessagePackJson
{
    public static void Write(ref MessagePackWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteMapHeader(element.GetPropertyCount());
                foreach (var property in element.EnumerateObject())
                {
                    writer.Write(property.Name);
                    Write(ref writer, property.Value);
                }
                break;
            case JsonValueKind.Array:
                writer.WriteArrayHeader(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    Write(ref writer, item);
                }
                break;
            case JsonValueKind.String:
                writer.Write(element.GetString());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var whole):
                writer.Write(whole);
                break;
            case JsonValueKind.Number when element.TryGetUInt64(out var large):
                writer.Write(large);
                break;
            case JsonValueKind.Number:
                writer.Write(element.GetDouble());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.Write(element.GetBoolean());
                break;
            default:
                writer.WriteNil();
                break;
        }
    }

    /// <summary>One MessagePack value as JSON; the depth is bounded by <paramref name="options"/>' security settings.</summary>
    public static void Read(ref MessagePackReader reader, Utf8JsonWriter json, MessagePackSerializerOptions options)
    {
        options.Security.DepthStep(ref reader);
        try
        {
            ReadValue(ref reader, json, options);
        }
        finally
        {
            reader.Depth--;
        }
    }

    private static void ReadValue(ref MessagePackReader reader, Utf8JsonWriter json, MessagePackSerializerOptions options)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Map:
                var properties = reader.ReadMapHeader();
                json.WriteStartObject();
                for (var i = 0; i < properties; i++)
                {
                    json.WritePropertyName(reader.NextMessagePackType == MessagePackType.String
                        ? reader.ReadString()!
                        : throw new MessagePackSerializationException("map keys must be strings"));
                    Read(ref reader, json, options);
                }
                json.WriteEndObject();
                break;
            case MessagePackType.Array:
                var items = reader.ReadArrayHeader();
                json.WriteStartArray();
                for (var i = 0; i < items; i++)
                {
                    Read(ref reader, json, options);
                }
                json.WriteEndArray();
                break;
            case MessagePackType.String:
                json.WriteStringValue(reader.ReadString());
                break;
            case MessagePackType.Integer when reader.NextCode == MessagePackCode.UInt64:
                json.WriteNumberValue(reader.ReadUInt64());
                break;
            case MessagePackType.Integer:
                json.WriteNumberValue(reader.ReadInt64());
                break;
            case MessagePackType.Float:
                var number = reader.ReadDouble();
                json.WriteNumberValue(double.IsFinite(number) ? number : throw new MessagePackSerializationException("numbers must be finite"));
                break;
            case MessagePackType.Boolean:
                json.WriteBooleanValue(reader.ReadBoolean());
                break;
            case MessagePackType.Nil:
                reader.ReadNil();
                json.WriteNullValue();
                break;
            case MessagePackType.Extension:
                // a JS client's Date arrives as a timestamp: the contract writes times as RFC 3339 strings
                var header = reader.ReadExtensionFormatHeader();
                json.WriteStringValue(header.TypeCode == ReservedMessagePackExtensionTypeCode.DateTime
                    ? new DateTimeOffset(reader.ReadDateTime(header))
                    : throw new MessagePackSerializationException($"extension type {header.TypeCode} has no JSON form"));
                break;
            default:
                throw new MessagePackSerializationException($"a {reader.NextMessagePackType} value has no JSON form");
        }
    }
}
