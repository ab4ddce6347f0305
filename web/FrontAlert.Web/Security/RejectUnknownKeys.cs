using Microsoft.AspNetCore.Authentication;

namespace FrontAlert.Web;

/// <summary>
/// A request that presents a key must present a valid one, even where anonymous access is allowed: a client with a
/// mistyped key learns it at once instead of silently reading as anonymous. Wrong keys count against the address
/// (<see cref="FailedKeys"/>); an address over its limit gets 429 for any key until its minute is over.
/// </summary>
public static class RejectUnknownKeys
{
    /// <remarks>
    /// Hands an acceptable request on without awaiting it: a hub connection's request lasts as long as the connection,
    /// and an awaiting middleware would keep its state alive with every idle subscriber.
    /// </remarks>
    public static IApplicationBuilder UseRejectUnknownKeys(this IApplicationBuilder app) =>
        app.Use(next => context =>
        {
            if (!context.Request.Headers.ContainsKey(ApiKeyHandler.Header))
            {
                return next(context);
            }
            var failed = context.RequestServices.GetRequiredService<FailedKeys>();
            var address = context.Connection.RemoteIpAddress;
            if (failed.Blocked(address) is { } wait)
            {
                context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many wrong API keys",
                    detail: $"This address sent too many wrong API keys; nothing was done. Retry after {wait} s.").ExecuteAsync(context);
            }
            if (context.User.Identity?.IsAuthenticated != true)
            {
                failed.Failed(address);
                return context.ChallengeAsync(ApiKeyHandler.Name);
            }
            return next(context);
        });
}
