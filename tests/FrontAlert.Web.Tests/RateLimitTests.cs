using System.Net;
using FrontAlert.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace FrontAlert.Web.Tests;

/// <summary>Per-address limits: 429 with Retry-After, and nothing stored for the refused request.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync() => _server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
    {
        ["FrontAlert:Limits:IngestPerSecond"] = "1",
        ["FrontAlert:Limits:HubConnectsPerMinute"] = "2",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Ingest_over_the_limit_is_429_with_retry_after_and_stores_nothing()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await _server.Reporter.PostAsync("reports", Json.Body(Json.Strike($"limited-{i}", "sy-sarmin", 1))));
        }

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.NotNull(r.Headers.RetryAfter));
        var accepted = answers.Count(a => a.StatusCode == HttpStatusCode.Accepted);
        var sarmin = await _server.Anonymous.GetJson("locations/sy-sarmin");
        Assert.Equal(accepted, sarmin.GetProperty("tolls").GetProperty("killed").GetProperty("incidents").GetInt64());
    }

    [Fact]
    public async Task A_burst_of_hub_connections_from_one_address_is_refused_beyond_the_limit()
    {
        // One connection is two requests (negotiate, then the WebSocket), so a limit of two admits exactly one.
        await using var first = new HubConnectionBuilder().WithUrl(new Uri(_server.Address, "/hubs/alerts")).Build();
        await first.StartAsync();
        await using var second = new HubConnectionBuilder().WithUrl(new Uri(_server.Address, "/hubs/alerts")).Build();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => second.StartAsync());

        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, first.State);
    }
}
