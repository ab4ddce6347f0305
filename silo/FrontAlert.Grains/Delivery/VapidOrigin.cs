using System.Net.Http.Headers;
using Lib.Net.Http.WebPush.Authentication;

namespace FrontAlert.Grains;

/// <summary>
/// RFC 8292 makes a VAPID token's <c>aud</c> the push resource's origin, port included. Lib.Net.Http.WebPush 3.3.1
/// leaves a non-default port out (harmless for the big push services on 443, wrong for a self-hosted one such as a
/// UnifiedPush distributor on :8080), so this re-issues the token, signed by the same library, for the full origin.
/// </summary>
public sealed class VapidOrigin(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public VapidAuthentication? Vapid { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Vapid is { } vapid && request.RequestUri is { IsDefaultPort: false } uri
            && string.Equals(request.Headers.Authorization?.Scheme, "vapid", StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("vapid", vapid.GetVapidSchemeAuthenticationHeaderValueParameter(uri.GetLeftPart(UriPartial.Authority)));
        }
        return base.SendAsync(request, cancellationToken);
    }
}
