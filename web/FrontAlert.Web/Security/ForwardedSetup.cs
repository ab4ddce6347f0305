using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace FrontAlert.Web;

public static class ForwardedSetup
{
    public static IApplicationBuilder UseFrontAlertForwardedHeaders(this IApplicationBuilder app, string[] proxies)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        return app.UseForwardedHeaders(options);
    }
}
