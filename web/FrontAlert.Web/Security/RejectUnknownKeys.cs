using Microsoft.AspNetCore.Authentication;

namespace FrontAlert.Web;

/// <summary>
/// A request that presents a key must present a valid one, even where anonymous access is allowed: a client with a
/// mistyped key learns it at once instead of silently reading as anonymous.
/// </summary>
public static class RejectUnknownKeys
{
    public static IApplicationBuilder UseRejectUnknownKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.ContainsKey(ApiKeyHandler.Header) && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(ApiKeyHandler.Name);
                return;
            }
            await next();
        });
}
