using System.Globalization;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// Query parameters read by hand, so an unreadable value is a problem that names the parameter, and an empty one
/// (<c>?parentId=&amp;kind=</c>, as a form sends it) means "no filter".
/// </summary>
public static class Query
{
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static long? Long(string? value, string name, long min, long max, List<FieldError> errors)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors.Add(new(name, max == long.MaxValue ? $"must be a whole number of at least {min}" : $"must be a whole number between {min} and {max}"));
            return null;
        }
        return n;
    }
}
