namespace FrontAlert.Web;

/// <summary>Plays the built-in demo scenario through the ingest path once the app has started.</summary>
public sealed class DemoPlayer(ILogger<DemoPlayer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogWarning("--demo: the demo scenario is not written yet (issue 5)");
        return Task.CompletedTask;
    }
}
