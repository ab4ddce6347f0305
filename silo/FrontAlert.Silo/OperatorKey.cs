using System.Text;
using FrontAlert.Hosting;

namespace FrontAlert.Silo;

/// <summary>
/// A standalone silo has no API users, only the operator's bootstrap key (<c>FRONTALERT_OPERATOR_KEY</c>, the key or
/// <c>sha256:</c> and its hash), which opens its metrics and dashboard from outside the machine. Sent in
/// <c>X-Api-Key</c>, or as the password of HTTP Basic (what a browser can send to a dashboard). Compared as hashes.
/// </summary>
public static class OperatorKey
{
    public const string Header = "X-Api-Key";
    public const string Variable = "FRONTALERT_OPERATOR_KEY";

    /// <summary>null when no key was sent; otherwise whether it is the operator's.</summary>
    public static bool? Check(HttpContext context, IConfiguration configuration)
    {
        if (Presented(context) is not { Length: > 0 } presented)
        {
            return null;
        }
        return configuration[Variable] is { Length: > 0 } expected && KeyHash.Matches(KeyHash.Of(presented), KeyHash.Parse(expected, Variable));
    }

    private static string? Presented(HttpContext context)
    {
        if (context.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            return key;
        }
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            return pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
