using Microsoft.AspNetCore.Authentication;

namespace FrontAlert.Web;

/// <summary>
/// A request that presents a key must present a valid one, even where anonymous access is allowed: a client with a
/// mistyped key learns it at once instead of silently reading as anonymous. Wrong keys count against the address
/// (<see cref="FailedKeys"/>); an address over its limit gets 429 for any key until its minute is over.
/// </summary>
public static class RejectUnknownKeys
{
    public static IApplicationBuilder UseRejectUnknownKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Headers.ContainsKey(ApiKeyHandler.Header))
            {
                await next();
                return;
            }
            var failed = context.RequestServices.GetRequiredService<FailedKeys>();
            var address = context.Connection.RemoteIpAddress;
            if (failed.Blocked(address) is { } wait)
            {
                context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many wrong API keys",
                    detail: $"This address sent too many wrong API keys; nothing was done. Retry after {wait} s.").ExecuteAsync(context);
                return;
            }
            if (context.User.Identity?.IsAuthenticated != true)
            {
                failed.Failed(address);
                await context.ChallengeAsync(ApiKeyHandler.Name);
                return;
            }
            await next();
        });
}
