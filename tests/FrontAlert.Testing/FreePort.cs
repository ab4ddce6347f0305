using System.Net;
using System.Net.Sockets;

namespace FrontAlert.Testing;

/// <summary>Asks the kernel for an unused loopback port, so parallel tests never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
