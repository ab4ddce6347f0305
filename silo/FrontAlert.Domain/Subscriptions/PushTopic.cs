using System.Security.Cryptography;
using System.Text;

namespace FrontAlert.Domain;

/// <summary>
/// The Web Push <c>Topic</c> of an alert: its Location, so a newer alert about the same Location replaces one the phone has
/// not fetched yet (a confirmation replaces the claim). RFC 8030 allows at most 32 base64url characters: an id that
/// fits is used as it is, any other is hashed.
/// </summary>
public static class PushTopic
{
    public const int MaxLength = 32;

    public static string For(Alert alert) => For(alert.LocationId);

    public static string For(string locationId) =>
        locationId.Length is > 0 and <= MaxLength && locationId.All(UrlSafe)
            ? locationId
            : Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(locationId)))[..MaxLength];

    private static bool UrlSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
