using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>
/// A <see cref="HubException"/> is the client's own mistake, answered to it by name: worth a debug line, not an error.
/// Anything else escaping a hub method is ours and is logged as an error with the method and connection.
/// </summary>
public sealed class HubErrors(ILogger<HubErrors> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException e)
        {
            logger.LogDebug("Hub call {Method} refused for {ConnectionId}: {Reason}", invocationContext.HubMethodName, invocationContext.Context.ConnectionId, e.Message);
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Hub call {Method} failed for {ConnectionId}", invocationContext.HubMethodName, invocationContext.Context.ConnectionId);
            throw;
        }
    }
}
