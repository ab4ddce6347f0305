using Serilog;
using Serilog.Extensions.Hosting;

namespace FrontAlert.Web;

/// <summary>Serilog's one line per HTTP request, for every request but the hub connection itself.</summary>
internal static class RequestLogging
{
    /// <summary>What <c>services.AddSerilog</c> registers for the middleware, without replacing the logger factory.</summary>
    public static void AddFrontAlertRequestLogging(this IServiceCollection services, Serilog.ILogger logger)
    {
        var context = new DiagnosticContext(logger);
        services.AddSingleton(context);
        services.AddSingleton<IDiagnosticContext>(context);
    }

    /// <summary>
    /// A hub connection's request lasts as long as the connection: the middleware's per-request state would stay alive
    /// with every idle subscriber, for one line when it closes. Negotiation is an ordinary request and is logged.
    /// </summary>
    public static void UseFrontAlertRequestLogging(this WebApplication app, Serilog.ILogger logger) =>
        app.UseWhen(c => c.Request.Path != HubSetup.Path, branch => branch.UseSerilogRequestLogging(o => o.Logger = logger));
}
