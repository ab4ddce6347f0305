namespace FrontAlert.Web;

/// <summary>The web pages (live feed, map, location page, operator console), served from the app itself.</summary>
public static class PagesSetup
{
    public static WebApplication UseFrontAlertPages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
