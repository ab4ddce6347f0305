using System.Net;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>The OpenAPI document an API client generator reads: served by the app, naming every public endpoint.</summary>
public sealed class OpenApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    [Fact]
    public async Task The_document_lists_every_endpoint_of_the_api_with_its_methods()
    {
        var response = await fixture.Server.Anonymous.GetAsync(new Uri(fixture.Server.Address, "/openapi/v1.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.Read()).GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/v1/reports", "post"), ("/api/v1/locations/{id}", "get"), ("/api/v1/locations/{id}", "put"),
            ("/api/v1/locations", "get"), ("/api/v1/locations/{id}/timeline", "get"), ("/api/v1/actors", "get"),
            ("/api/v1/sources/{id}", "put"), ("/api/v1/rules/{id}", "delete"), ("/api/v1/rules", "get"), ("/api/v1/silences", "post"),
            ("/api/v1/alerts", "get"), ("/api/v1/alerts/{id}", "get"), ("/api/v1/alerts/{id}/cap", "get"),
            ("/api/v1/feeds/alerts.atom", "get"), ("/api/v1/map", "get"), ("/api/v1/subscriptions", "post"),
            ("/api/v1/push/key", "get"), ("/api/v1/health/live", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method} {path} is missing");
        }
    }
}
