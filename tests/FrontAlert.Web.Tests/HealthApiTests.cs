using FrontAlert.Testing;
using System.Net;

namespace FrontAlert.Web.Tests;

/// <summary>Liveness and readiness, open to anyone.</summary>
public sealed class HealthApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Live_is_200()
    {
        var response = await Server.Anonymous.GetAsync("health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("live", (await response.Read()).Str("status"));
    }

    [Fact]
    public async Task Ready_is_200_with_the_cluster_ok_and_says_storage_is_not_durable()
    {
        var response = await Server.Anonymous.GetAsync("health/ready");
        var body = await response.Read();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body.Str("status"));
        Assert.Equal("ok", body.GetProperty("checks").Str("cluster"));
        Assert.Equal("memory (not durable)", body.GetProperty("checks").Str("storage"));
    }
}
