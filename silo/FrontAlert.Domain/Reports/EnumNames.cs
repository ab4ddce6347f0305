using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>The JSON spellings of an enum's values, for error messages that tell the client what is allowed.</summary>
public static class EnumNames
{
    public static IEnumerable<string> Of<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => JsonSerializer.Serialize(v).Trim('"'));

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonSerializer.Serialize(value).Trim('"');
}
