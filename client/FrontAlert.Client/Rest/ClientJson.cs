using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>
/// The contract's JSON dialect: web defaults (camelCase, case-insensitive reads), enums as their lowercase wire
/// names (by attributes on each enum). Nulls are left out when writing so a rule or report carries only what the
/// caller set, and the <c>type</c> of a report may come anywhere in the object, as another client may write it.
/// </summary>
public static class ClientJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowOutOfOrderMetadataProperties = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
