using FrontAlert.Adapters;
using FrontAlert.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontAlert.Hosting;

/// <summary>
/// Keeps the durable stores within <see cref="RetentionOptions"/>: every so often it trims the alert log by count and
/// age and removes expired silences. Every silo does it; both are idempotent, so two at once do no harm.
/// </summary>
public sealed class LogTrimmer(IAlertLog log, IGrainFactory grains, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<LogTrimmer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = options.Value;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, retention.TrimEverySeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Trim(retention);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Retention could not trim this time; trying again at the next tick");
            }
        }
    }

    private async Task Trim(RetentionOptions retention)
    {
        if (log is RedisAlertLog redis)
        {
            DateTimeOffset? before = retention.AlertMaxAgeDays > 0 ? clock.GetUtcNow().AddDays(-retention.AlertMaxAgeDays) : null;
            if (await redis.Trim(retention.AlertMaxCount, before) is var trimmed and > 0)
            {
                logger.LogInformation("Retention trimmed {Count} alerts from the log", trimmed);
            }
        }
        await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).RemoveExpiredSilences();
    }
}
