using System.Security.Cryptography;
using System.Text;

namespace FrontAlert.Silo;

/// <summary>
/// A standalone silo has no API users, only the operator's bootstrap key (<c>FRONTALERT_OPERATOR_KEY</c>), which
/// opens its metrics and dashboard from outside the machine. Compared as SHA-256 hashes: equal lengths, fixed time.
/// </summary>
public static class OperatorKey
{
    public const string Header = "X-Api-Key";
    public const string Variable = "FRONTALERT_OPERATOR_KEY";

    /// <summary>null when no key was sent; otherwise whether it is the operator's.</summary>
    public static bool? Check(HttpContext context, IConfiguration configuration)
    {
        if (context.Request.Headers[Header].ToString() is not { Length: > 0 } presented)
        {
            return null;
        }
        return configuration[Variable] is { Length: > 0 } expected
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
