using System.Net;

namespace FrontAlert.Silo;

/// <summary>
/// The Orleans dashboard shows the whole cluster and has no authentication of its own. It answers loopback requests;
/// from elsewhere it does not exist (404) unless <c>FrontAlert:Dashboard:Exposed</c> is true, and then only with
/// the operator key (401 asks a browser for it as an HTTP Basic password).
/// </summary>
public static class DashboardGuard
{
    public const string Path = "/dashboard";

    public static void UseDashboardGuard(this WebApplication app, DashboardOptions options) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            var remote = context.Connection.RemoteIpAddress;
            if (options.TrustLoopback && remote is not null && IPAddress.IsLoopback(remote))
            {
                await next(context);
                return;
            }
            if (!options.Exposed)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            if (OperatorKey.Check(context, app.Configuration) == true)
            {
                await next(context);
                return;
            }
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"FrontAlert dashboard\", charset=\"UTF-8\"";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "The dashboard needs the operator key: as the password of HTTP Basic, or in X-Api-Key.").ExecuteAsync(context);
        }));
}
