using System.Globalization;
using FrontAlert.Web;

namespace FrontAlert.Testing;

/// <summary>
/// The built web host as a separate OS process (<c>dotnet FrontAlert.Web.dll</c>), so a test can SIGKILL it like a
/// crash and start it again on the same Redis.
/// </summary>
public sealed class WebProcess(HostProcess host, Uri address) : IAsyncDisposable
{
    public Uri Address => address;
    public string Output => host.Output;
    public bool HasExited => host.HasExited;

    /// <summary>A web node hosting its own silo (the default), or with <paramref name="hostSilo"/> false a client of the cluster.</summary>
    public static async Task<WebProcess> Start(string redis, int httpPort, int siloPort, int gatewayPort, string clusterId = "proc", bool hostSilo = true,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = await HostProcess.Start(Repo.WebDll, httpPort, new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["ConnectionStrings__redis"] = redis,
            ["FrontAlert__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["FrontAlert__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["FrontAlert__ClusterId"] = clusterId,
            ["FrontAlert__HostSilo"] = hostSilo ? "true" : "false",
            [Roles.OperatorKeyVariable] = Keys.Operator,
            [Roles.ReporterKeyVariable] = Keys.Reporter,
        }, "/api/v1/health/ready");
        return new WebProcess(host, new Uri($"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}/api/v1/"));
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return client;
    }

    public Task Stop() => host.Stop();

    public Task Kill() => host.Kill();

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
