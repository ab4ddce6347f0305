using System.Globalization;

namespace FrontAlert.Web;

/// <summary>The <c>--demo</c> option: replays a built-in offensive so a newcomer sees the feed and map move.</summary>
public static class DemoSetup
{
    public const string Switch = "--demo";

    public static bool Requested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static void AddFrontAlertDemo(this WebApplicationBuilder builder, string[] args)
    {
        if (!Requested(args))
        {
            return;
        }
        var pace = double.TryParse(builder.Configuration["FrontAlert:Demo:Pace"], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1.0;
        builder.Services.AddSingleton(services => new DemoPlayer(
            services.GetRequiredService<IHostApplicationLifetime>(),
            services.GetRequiredService<IGrainFactory>(),
            services.GetRequiredService<Ingestor>(),
            services.GetRequiredService<ILogger<DemoPlayer>>()) { Pace = pace });
        builder.Services.AddHostedService(services => services.GetRequiredService<DemoPlayer>());
    }
}
