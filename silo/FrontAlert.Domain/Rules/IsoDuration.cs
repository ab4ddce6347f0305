using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace FrontAlert.Domain;

/// <summary>Durations as operators write them in rules: ISO-8601 (<c>PT2H</c>), not .NET's <c>02:00:00</c>.</summary>
public sealed class IsoDuration : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        XmlConvert.ToTimeSpan(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(XmlConvert.ToString(value));

    /// <summary>The duration, or null when the text is not an ISO-8601 duration.</summary>
    public static TimeSpan? Parse(string text)
    {
        try
        {
            return text.StartsWith('P') ? XmlConvert.ToTimeSpan(text) : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
