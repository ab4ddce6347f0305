using System.Text.Json;
using FrontAlert.Client;

namespace FrontAlert.Cli;

/// <summary>Enum values as the API spells them, so what the CLI prints can be pasted back into a rule or a query.</summary>
public static class Wire
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, ClientJson.Options).Trim('"');

    public static string Name<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Name(v) : "-";

    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
