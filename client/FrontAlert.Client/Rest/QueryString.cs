using System.Globalization;
using System.Text.Json;

namespace FrontAlert.Client;

/// <summary>Builds <c>?a=1&amp;b=x</c> from the parameters that are set, with enums in their wire spelling.</summary>
internal static class QueryString
{
    public static string Of(params (string Name, object? Value)[] parameters)
    {
        var parts = parameters
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Format(p.Value!))}")
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string Format(object value) => value switch
    {
        Enum e => JsonSerializer.Serialize(e, e.GetType(), ClientJson.Options).Trim('"'),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
