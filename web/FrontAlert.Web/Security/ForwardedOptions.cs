
namespace FrontAlert.Web;

/// <summary>
/// <c>FrontAlert:ForwardedHeaders:KnownProxies</c> (addresses, e.g. <c>FrontAlert__ForwardedHeaders__KnownProxies__0=10.0.0.5</c>):
/// behind such a proxy the client's address (rate limits, failed keys, logs) and scheme come from its
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>. Unset, those headers are ignored: anyone could send them.
/// </summary>
public sealed class ForwardedOptions
{
    public string[] KnownProxies { get; set; } = [];
}
