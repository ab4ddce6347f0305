using System.Text;
using System.Text.Json;
using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// The alert JSON a push carries, cut to fit one 4096-byte aes128gcm record (RFC 8291: 86 bytes of header, a 16-byte
/// tag and a padding delimiter leave 3993 for the alert). What goes first: the report ids and all but three source
/// ids, then the end of the message, then the end of the title; what identifies the alert is never cut.
/// </summary>
public static class PushPayload
{
    public const int MaxBytes = 4096 - 86 - 16 - 1;

    /// <summary>Room for the ellipsis, which the JSON encoder writes as a 6-byte escape.</summary>
    private const int Ellipsis = 6;

    // The page cache hands every Subscription grain on a silo the same Alert instance: its push text is made once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Alert, byte[]> Made = new();

    /// <summary><see cref="For"/> as UTF-8, made once per alert instance however many Subscriptions push it.</summary>
    public static byte[] Utf8(Alert alert) => Made.GetValue(alert, static a => Encoding.UTF8.GetBytes(For(a)));

    public static string For(Alert alert)
    {
        var json = Serialize(alert);
        if (Over(json) > 0)
        {
            alert = alert with { ReportIds = [], SourceIds = [.. alert.SourceIds.Take(3)] };
            json = Serialize(alert);
        }
        while (Over(json) is var over && over > 0 && alert.Message.Length > 0)
        {
            alert = alert with { Message = Cut(alert.Message, over) };
            json = Serialize(alert);
        }
        while (Over(json) is var over && over > 0 && alert.Title.Length > 0)
        {
            alert = alert with { Title = Cut(alert.Title, over) };
            json = Serialize(alert);
        }
        return json;
    }

    private static int Over(string json) => Encoding.UTF8.GetByteCount(json) - MaxBytes;

    private static string Serialize(Alert alert) => JsonSerializer.Serialize(alert, DomainJson.Options);

    /// <summary>Drops at least <paramref name="bytes"/> bytes of JSON (every char is at least one), ending in an ellipsis.</summary>
    private static string Cut(string text, int bytes)
    {
        var keep = text.EndsWith('…') ? text.Length - 1 - bytes - Ellipsis : text.Length - bytes - Ellipsis;
        return keep <= 0 ? "" : text[..keep] + "…";
    }
}
