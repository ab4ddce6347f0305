using System.Net;
using System.Net.Sockets;

namespace FrontAlert.Contracts;

/// <summary>
/// Keeps Subscriptions from reaching into the operator's own network (SSRF): a receiver must not resolve to a
/// loopback, private, link-local or otherwise local address. Checked when a Subscription is created, and again on
/// every connection, because a name can resolve differently later.
/// </summary>
public static class EndpointGuard
{
    public const string Refusal = "must not resolve to a loopback, private or link-local address";

    public static bool IsLocal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        }
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127,  // carrier-grade NAT
            169 => b[1] == 254,                // link-local, cloud metadata
            172 => b[1] is >= 16 and <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
            198 => b[1] is 18 or 19,
            >= 224 => true,                    // multicast and reserved
            _ => false,
        };
    }

    /// <summary>Null when the URL's host may be reached; else why not, for the field's error.</summary>
    public static async Task<string?> Check(Uri uri, CancellationToken cancel)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.Host, cancel);
        }
        catch (SocketException)
        {
            return "has a host that does not resolve";
        }
        return addresses.Length == 0 ? "has a host that does not resolve" : addresses.Any(IsLocal) ? Refusal : null;
    }

    /// <summary>A handler that connects only to addresses <see cref="IsLocal"/> refuses, unless private receivers are allowed.</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 256,
            AllowAutoRedirect = false, // a redirect could lead anywhere, past the check
        };
        if (!allowPrivate)
        {
            handler.ConnectCallback = async (context, cancel) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancel);
                var allowed = addresses.Where(a => !IsLocal(a)).ToArray();
                if (allowed.Length == 0 || allowed.Length < addresses.Length)
                {
                    throw new HttpRequestException($"{context.DnsEndPoint.Host} {Refusal}");
                }
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancel);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        return handler;
    }
}
