namespace FrontAlert.Web;

/// <summary>The <c>--demo</c> option: replays a built-in offensive so a newcomer sees the feed and map move.</summary>
public static class DemoSetup
{
    public static bool Requested(string[] args) => args.Contains("--demo", StringComparer.Ordinal);

    public static void AddFrontAlertDemo(this WebApplicationBuilder builder, string[] args)
    {
        if (Requested(args))
        {
            builder.Services.AddHostedService<DemoPlayer>();
        }
    }
}
