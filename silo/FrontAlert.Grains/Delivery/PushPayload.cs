using FrontAlert.Contracts;
using System.Text;
using System.Text.Json;
using FrontAlert.Domain;

namespace FrontAlert.Grains;

/// <summary>
/// The alert JSON a push carries, cut to fit one 4096-byte aes128gcm record (RFC 8291: 86 bytes of header, a 16-byte
/// tag and a padding delimiter leave 3993 for the alert). Longest first: the message, then the id lists, then the title.
/// </summary>
public static class PushPayload
{
    public const int MaxBytes = 4096 - 86 - 16 - 1;

    public static string For(Alert alert)
    {
        var json = Serialize(alert);
        for (var round = 0; Encoding.UTF8.GetByteCount(json) > MaxBytes && round < 8; round++)
        {
            var over = Encoding.UTF8.GetByteCount(json) - MaxBytes;
            alert = round switch
            {
                0 => alert with { Message = Cut(alert.Message, over) },
                1 => alert with { ReportIds = [], SourceIds = alert.SourceIds.Take(3).ToList() },
                2 => alert with { Title = Cut(alert.Title, over) },
                _ => alert with { Message = "", SourceIds = [], Title = Cut(alert.Title, over) },
            };
            json = Serialize(alert);
        }
        return json;
    }

    private static string Serialize(Alert alert) => JsonSerializer.Serialize(alert, DomainJson.Options);

    /// <summary>Shortens by at least <paramref name="bytes"/> UTF-8 bytes (escapes can weigh up to 6 per char), ending in an ellipsis.</summary>
    private static string Cut(string text, int bytes)
    {
        var keep = Math.Max(0, text.Length - bytes - 1);
        return keep == 0 ? "" : text[..keep] + "…";
    }
}
