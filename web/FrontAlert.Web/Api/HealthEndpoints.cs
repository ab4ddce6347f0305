using FrontAlert.Grains;
using StackExchange.Redis;

namespace FrontAlert.Web;

public static class HealthEndpoints
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static void MapHealth(this RouteGroupBuilder api)
    {
        api.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        api.MapGet("/health/ready", Ready);
    }

    /// <summary>
    /// Ready when the cluster answers and, in durable mode, Redis answers and never evicts; and once the alert fan-out
    /// holds its start position (before that, a Subscribe would wait).
    /// </summary>
    private static async Task<IResult> Ready(IGrainFactory grains, IServiceProvider services, AlertFanout fanout)
    {
        var checks = new Dictionary<string, string>();
        checks["fanout"] = fanout.IsStarted ? "ok" : "starting";
        try
        {
            await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Version().WaitAsync(Timeout);
            checks["cluster"] = "ok";
        }
        catch (Exception e)
        {
            checks["cluster"] = e.GetType().Name;
        }
        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            try
            {
                await redis.GetDatabase().PingAsync().WaitAsync(Timeout);
                checks["redis"] = await EvictionCheck.Problem(redis).WaitAsync(Timeout) ?? "ok";
            }
            catch (Exception e)
            {
                checks["redis"] = e.GetType().Name;
            }
        }
        else
        {
            checks["storage"] = "memory (not durable)";
        }
        var ready = checks.Values.All(v => v is "ok" or "memory (not durable)");
        return Results.Json(new { status = ready ? "ready" : "unavailable", checks },
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
