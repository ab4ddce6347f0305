using System.Text.Json;
using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// What a filter looks at in a logged alert, its severity and place, read from the stored JSON without building the
/// alert: the two are among the first properties, so the reader stops long before the message and the lists.
/// </summary>
public readonly record struct LoggedAlertScope(Severity Severity, string LocationId)
{
    public static LoggedAlertScope Of(LoggedAlert alert)
    {
        var reader = new Utf8JsonReader(alert.Json.Span);
        Severity? severity = null;
        string? locationId = null;
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while ((severity is null || locationId is null) && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("severity"u8))
                {
                    reader.Read();
                    severity = JsonSerializer.Deserialize<Severity>(ref reader, DomainJson.Options);
                }
                else if (reader.ValueTextEquals("locationId"u8))
                {
                    reader.Read();
                    locationId = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        if (severity is { } found && locationId is not null)
        {
            return new(found, locationId);
        }
        var parsed = alert.Parse(); // not the shape the log writes: what the whole alert says
        return new(parsed.Severity, parsed.LocationId);
    }
}
