using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontAlert.Contracts;

/// <summary>
/// The one JSON dialect of FrontAlert: the public contract's camelCase spellings, used on the wire, in grain calls for
/// domain types and in storage, so a stored value reads exactly like the API shows it.
/// </summary>
public static class DomainJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            AllowOutOfOrderMetadataProperties = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
