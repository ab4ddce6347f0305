using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// Stores the duplicate window's hashes as one base64 string: 11 KB instead of about 20 KB of JSON numbers, on every
/// write of every location.
/// </summary>
public sealed class PackedHashes : JsonConverter<ulong[]>
{
    public override ulong[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return JsonSerializer.Deserialize<ulong[]>(ref reader) ?? []; // state written before packing
        }
        var bytes = reader.GetBytesFromBase64();
        return MemoryMarshal.Cast<byte, ulong>(bytes).ToArray();
    }

    public override void Write(Utf8JsonWriter writer, ulong[] value, JsonSerializerOptions options) =>
        writer.WriteBase64StringValue(MemoryMarshal.AsBytes(value.AsSpan()));
}
