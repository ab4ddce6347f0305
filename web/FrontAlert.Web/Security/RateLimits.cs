using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontAlert.Web;

/// <summary>
/// Per client address limits on ingest and on new hub connections (<see cref="HubConnectLimit"/>), so one noisy
/// reporter or a reconnect storm from one address cannot starve the others. Refusals are 429 problem details with
/// Retry-After; nothing is stored.
/// </summary>
public static class RateLimits
{
    public const string Ingest = "ingest";
    public const string Subscriptions = "subscriptions";

    public static IServiceCollection AddFrontAlertRateLimits(this IServiceCollection services, LimitOptions limits) =>
        services.AddSingleton(_ => new HubConnectLimit(limits)).AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = Reject;
            o.AddPolicy(Ingest, http => limits.IngestPerSecond <= 0
                ? RateLimitPartition.GetNoLimiter(Address(http))
                : RateLimitPartition.GetTokenBucketLimiter(Address(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.IngestPerSecond * 2,
                    TokensPerPeriod = limits.IngestPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            // The operator's webhooks are not limited: the limit is against anonymous floods of Web Push Subscriptions.
            o.AddPolicy(Subscriptions, http => limits.SubscriptionsPerMinute <= 0 || http.User.IsInRole(Roles.Operator)
                ? RateLimitPartition.GetNoLimiter(Address(http))
                : RateLimitPartition.GetFixedWindowLimiter(Address(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.SubscriptionsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

    internal static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    internal static async ValueTask Reject(OnRejectedContext context, CancellationToken cancel)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"This address is over its limit; nothing was stored. Retry after {retryAfter} s.").ExecuteAsync(context.HttpContext);
    }
}
