using System.Globalization;

namespace FrontAlert.Testing;

/// <summary>A standalone silo (<c>dotnet FrontAlert.Silo.dll</c>) of a Redis cluster, to kill or stop like a real node.</summary>
public sealed class SiloProcess(HostProcess host, int httpPort) : IAsyncDisposable
{
    public int HttpPort => httpPort;
    public string Output => host.Output;

    public static string Dll => Path.Combine(Repo.Root, "silo", "FrontAlert.Silo", "bin", Repo.Configuration, "net10.0", "FrontAlert.Silo.dll");

    /// <param name="settings">More environment, e.g. <c>FrontAlert__Delivery__AllowPrivateEndpoints</c>.</param>
    public static async Task<SiloProcess> Start(string redis, string clusterId, int siloPort, int gatewayPort, IReadOnlyDictionary<string, string>? settings = null)
    {
        var httpPort = FreePort.Next();
        var host = await HostProcess.Start(Dll, httpPort, new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["ConnectionStrings__redis"] = redis,
            ["FrontAlert__ClusterId"] = clusterId,
            ["FrontAlert__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["FrontAlert__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
        }, "/health/ready");
        return new SiloProcess(host, httpPort);
    }

    public Task Kill() => host.Kill();

    public Task Stop() => host.Stop();

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
