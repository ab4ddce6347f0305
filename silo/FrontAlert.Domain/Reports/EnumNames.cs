using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>The JSON spellings of an enum's values, for error messages that tell the client what is allowed.</summary>
public static class EnumNames
{
    public static IEnumerable<string> Of<TEnum>() where TEnum : struct, Enum => Spelled<TEnum>.Names;

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Spelled<TEnum>.ByValue.TryGetValue(value, out var name) ? name : Spell(value);

    /// <summary>
    /// The value spelled exactly <paramref name="text"/>, or null with an error naming <paramref name="field"/>. Only
    /// the contract spellings: no numbers (an undefined value) and no flag lists, which the serializer would take.
    /// </summary>
    public static TEnum? Parse<TEnum>(string text, string field, List<FieldError> errors) where TEnum : struct, Enum
    {
        if (Spelled<TEnum>.ByName.TryGetValue(text, out var value))
        {
            return value;
        }
        errors.Add(new(field, $"must be one of {string.Join(", ", Of<TEnum>())}"));
        return null;
    }

    private static string Spell<TEnum>(TEnum value) where TEnum : struct, Enum => JsonSerializer.Serialize(value).Trim('"');

    /// <summary>
    /// Every value's spelling, asked of the serializer once per enum type: spelling a value by serializing it was a
    /// few percent of ingest's CPU (every report's enums, every map update's toll categories, every metric tag).
    /// </summary>
    private static class Spelled<TEnum> where TEnum : struct, Enum
    {
        public static readonly string[] Names = [.. Enum.GetValues<TEnum>().Select(Spell)];
        public static readonly Dictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, Spell);
        public static readonly Dictionary<string, TEnum> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
