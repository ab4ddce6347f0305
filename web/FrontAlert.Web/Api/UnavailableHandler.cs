using Microsoft.AspNetCore.Diagnostics;
using StackExchange.Redis;

namespace FrontAlert.Web;

/// <summary>
/// When Redis or the cluster is away the answer is 503 with Retry-After: nothing was acknowledged, try again.
/// Never a silent success, never a bare 500.
/// </summary>
public sealed class UnavailableHandler(IProblemDetailsService problems, ILogger<UnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }
        logger.LogWarning(exception, "Storage or cluster unavailable for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable",
                Detail = "Storage or the cluster is unavailable; nothing in this request was acknowledged. Retry shortly.",
            },
        });
    }

    private static bool IsUnavailable(Exception e) => e switch
    {
        RedisException or TimeoutException or SiloUnavailableException or OrleansMessageRejectionException
            or Orleans.Storage.InconsistentStateException or Orleans.Runtime.OrleansException => true,
        AggregateException a => a.InnerExceptions.Any(IsUnavailable),
        _ => e.InnerException is not null && IsUnavailable(e.InnerException),
    };
}
