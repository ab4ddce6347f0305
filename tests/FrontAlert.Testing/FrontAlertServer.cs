using FrontAlert.Web;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace FrontAlert.Testing;

/// <summary>
/// The real FrontAlert web node on a real Kestrel socket with its own silo on free ports: embedded (memory) by
/// default, or durable on a given redis-server. Clients for each role talk to it over HTTP.
/// </summary>
public sealed class FrontAlertServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FrontAlertServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Anonymous = Client(null);
        Operator = Client(Keys.Operator);
        Reporter = Client(Keys.Reporter);
    }

    public Uri Address { get; }
    public HttpClient Anonymous { get; }
    public HttpClient Operator { get; }
    public HttpClient Reporter { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<FrontAlertServer> Start(string? redis = null, string? clusterId = null, IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["FrontAlert:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FrontAlert:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FrontAlert:ClusterId"] = clusterId ?? "test-" + Guid.NewGuid().ToString("N")[..8],
            [Roles.OperatorKeyVariable] = Keys.Operator,
            [Roles.ReporterKeyVariable] = Keys.Reporter,
            ["ConnectionStrings:redis"] = redis,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }
        var app = FrontAlertApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(config);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new FrontAlertServer(app, new Uri(app.Urls.First()));
    }

    public HttpClient Client(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = new Uri(Address, "/api/v1/"), Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Operator.Dispose();
        Reporter.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
