using System.Security.Cryptography;
using System.Text;

namespace FrontAlert.Hosting;

/// <summary>
/// API keys as configured: the key itself, or its SHA-256 as <c>sha256:</c> and 64 hex digits, so a configuration
/// file or environment need not hold the secret. Presented keys are hashed and compared to the hashes in fixed time:
/// every comparison is of 32 bytes, so timing says nothing about a key's length or a near miss.
/// </summary>
public static class KeyHash
{
    public const int MinLength = 16;
    private const string Prefix = "sha256:";

    /// <summary>The hash a configured key stands for; an error naming <paramref name="setting"/> (never the key) when it is unusable.</summary>
    public static byte[] Parse(string configured, string setting)
    {
        if (configured.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            var hex = configured[Prefix.Length..];
            return hex.Length == 64 && hex.All(Uri.IsHexDigit)
                ? Convert.FromHexString(hex)
                : throw new InvalidOperationException($"{setting}: a hashed key is 'sha256:' and 64 hex digits (e.g. from `printf %s KEY | sha256sum`)");
        }
        return configured.Length >= MinLength
            ? Of(configured)
            : throw new InvalidOperationException($"{setting}: an API key must be at least {MinLength} characters (generate one with `openssl rand -hex 24`)");
    }

    public static byte[] Of(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(byte[] presented, byte[] expected) => CryptographicOperations.FixedTimeEquals(presented, expected);
}
