using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontAlert.Web;

/// <summary>
/// The per-address limit on new hub connections (negotiate and connect requests alike). Not an endpoint policy of the
/// rate-limiting middleware: that middleware awaits the rest of the pipeline, and a hub connection's request lasts as
/// long as the connection, so every idle subscriber would keep its state alive. This check takes a permit and hands
/// the request on without waiting for it; a fixed window's permits are spent when taken, so the lease can go at once.
/// </summary>
public sealed class HubConnectLimit(LimitOptions limits) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext>? _limiter = limits.HubConnectsPerMinute <= 0
        ? null
        : PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(RateLimits.Address(http),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.HubConnectsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    public Task Invoke(HttpContext context, RequestDelegate next)
    {
        if (_limiter is null)
        {
            return next(context);
        }
        var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            lease.Dispose();
            return next(context);
        }
        return Refuse(context, lease);
    }

    private static async Task Refuse(HttpContext context, RateLimitLease lease)
    {
        using (lease)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await RateLimits.Reject(new OnRejectedContext { HttpContext = context, Lease = lease }, context.RequestAborted);
        }
    }

    public void Dispose() => _limiter?.Dispose();
}
