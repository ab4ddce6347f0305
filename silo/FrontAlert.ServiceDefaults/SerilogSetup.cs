using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using FrontAlert.Contracts;
using Serilog;
using Serilog.Events;

namespace FrontAlert.Hosting;

/// <summary>
/// Logging for every FrontAlert host (compiled into the web node and the standalone silo): Serilog, configured from
/// the <c>Serilog</c> section, as a provider of Microsoft's <c>LoggerFactory</c>, not as the factory itself.
/// Serilog's own factory (<c>services.AddSerilog</c>) builds a new logger graph on every <c>CreateLogger</c> call,
/// and SignalR and Kestrel create loggers per connection: 2-3 KB per idle hub connection. Microsoft's factory caches
/// one logger per category.
/// </summary>
public static class SerilogSetup
{
    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Replaces the default providers; <paramref name="tune"/> adds the host's own overrides. Returns the logger.</summary>
    public static Serilog.ILogger AddFrontAlertSerilog(this WebApplicationBuilder builder, Action<LoggerConfiguration>? tune = null)
    {
        var configuration = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: Template);
        tune?.Invoke(configuration);
        var logger = configuration.CreateLogger();
        builder.Logging.ClearProviders();
        // AddSerilog also lets every level through to Serilog, so its MinimumLevel settings decide alone.
        builder.Logging.AddSerilog(logger, dispose: true);
        return logger;
    }
}
