using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>The JSON spellings of an enum's values, for error messages that tell the client what is allowed.</summary>
public static class EnumNames
{
    public static IEnumerable<string> Of<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => JsonSerializer.Serialize(v).Trim('"'));

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonSerializer.Serialize(value).Trim('"');

    /// <summary>
    /// The value spelled exactly <paramref name="text"/>, or null with an error naming <paramref name="field"/>. Only
    /// the contract spellings: no numbers (an undefined value) and no flag lists, which the serializer would take.
    /// </summary>
    public static TEnum? Parse<TEnum>(string text, string field, List<FieldError> errors) where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }
        errors.Add(new(field, $"must be one of {string.Join(", ", Of<TEnum>())}"));
        return null;
    }
}
