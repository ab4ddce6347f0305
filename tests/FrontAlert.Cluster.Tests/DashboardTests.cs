using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FrontAlert.Testing;

namespace FrontAlert.Cluster.Tests;

/// <summary>
/// The Orleans dashboard of a standalone silo answers loopback only; from elsewhere (here: loopback not trusted, as
/// behind a local reverse proxy) it does not exist unless exposed, and exposed it asks for the operator key.
/// </summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private const string Key = "dashboard-operator-key-42";
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task The_dashboard_is_open_on_loopback_hidden_from_elsewhere_and_behind_the_operator_key_when_exposed()
    {
        // each silo a cluster of its own: disposing kills a silo, and the next one would first wait out its membership entry
        string Cluster() => "dash-" + Guid.NewGuid().ToString("N")[..8];
        using var http = new HttpClient();

        await using (var local = await SiloProcess.Start(_redis.ConnectionString, Cluster(), FreePort.Next(), FreePort.Next()))
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(Url(local))).StatusCode);
        }
        await using (var hidden = await SiloProcess.Start(_redis.ConnectionString, Cluster(), FreePort.Next(), FreePort.Next(),
            new Dictionary<string, string> { ["FrontAlert__Dashboard__TrustLoopback"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(Url(hidden))).StatusCode);
        }
        await using var exposed = await SiloProcess.Start(_redis.ConnectionString, Cluster(), FreePort.Next(), FreePort.Next(),
            new Dictionary<string, string>
            {
                ["FrontAlert__Dashboard__TrustLoopback"] = "false",
                ["FrontAlert__Dashboard__Exposed"] = "true",
                ["FRONTALERT_OPERATOR_KEY"] = Key,
            });
        var challenged = await http.GetAsync(Url(exposed));
        Assert.Equal(HttpStatusCode.Unauthorized, challenged.StatusCode);
        Assert.Equal("Basic", challenged.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(http, exposed, "wrong-operator-key-0000")).StatusCode);
        var wrongHeader = new HttpRequestMessage(HttpMethod.Get, Url(exposed));
        wrongHeader.Headers.Add("X-Api-Key", "wrong-operator-key-0000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrongHeader)).StatusCode);
        var withHeader = new HttpRequestMessage(HttpMethod.Get, Url(exposed));
        withHeader.Headers.Add("X-Api-Key", Key);
        var byHeader = (await http.SendAsync(withHeader)).StatusCode;
        Assert.Equal(HttpStatusCode.OK, byHeader);
    }

    private static Uri Url(SiloProcess silo) => new($"http://127.0.0.1:{silo.HttpPort}/dashboard");

    private static Task<HttpResponseMessage> Get(HttpClient http, SiloProcess silo, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url(silo));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:" + key)));
        return http.SendAsync(request);
    }
}
