using System.Net;
using FrontAlert.Testing;
using FrontAlert.Web.Tests.Hub;

namespace FrontAlert.Web.Tests.Telemetry;

/// <summary>Alone: FrontAlert's meter is process-wide, so no other test's reports may move the figures compared here.</summary>
[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed class MetricsCollection;

/// <summary>What an operator's Prometheus sees at <c>/metrics</c> after an ingest that raised alerts.</summary>
[Collection(nameof(MetricsTests))]
public sealed class MetricsTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Reports_alerts_and_the_delivery_lag_move_by_what_the_ingest_did()
    {
        var world = new HubWorld(Server, "metrics");
        await world.Create(towns: 1);
        await using var listener = await world.Listen([world.Country]);
        var before = await Scrape.From(Server.Anonymous, Server.Address);

        var batch = new object[]
        {
            Json.Strike("metrics-s1", world.Town(0), killed: 3),
            Json.Strike("metrics-s2", world.Town(0), killed: 2),
            Json.Strike("metrics-s1", world.Town(0), killed: 3),
            new { id = "metrics-bad", type = "strike", locationId = "nowhere", sourceId = "sohr", observedAt = "2024-12-01T00:00:00Z", killed = 1 },
        };
        var response = await Server.Reporter.PostAsync("reports", Json.Body(batch));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, await listener.WaitFor(2));
        var after = await Eventually.Get(() => Scrape.From(Server.Anonymous, Server.Address),
            s => Moved(before, s, "frontalert_alert_delivery_lag_seconds_count") >= 2);

        Assert.Equal(2, Moved(before, after, "frontalert_reports_total", "frontalert_report_type=\"strike\"", "frontalert_report_outcome=\"accepted\""));
        Assert.Equal(1, Moved(before, after, "frontalert_reports_total", "frontalert_report_outcome=\"duplicate\""));
        Assert.Equal(1, Moved(before, after, "frontalert_reports_total", "frontalert_report_type=\"strike\"", "frontalert_report_outcome=\"rejected\""));
        Assert.Equal(2, Moved(before, after, "frontalert_alerts_total", "frontalert_rule_kind=\"strike\"", "frontalert_alert_severity=\"warning\""));
        Assert.Equal(2, Moved(before, after, "frontalert_alert_delivery_lag_seconds_count"));
        Assert.True(Moved(before, after, "frontalert_alert_delivery_lag_seconds_sum") > 0, "the lag sum stayed at zero");
        Assert.Equal(1, after.Value("frontalert_hub_connections"));
        Assert.Equal(1, after.Value("frontalert_hub_subscribers"));
        Assert.Contains("kestrel_active_connections", after.Text, StringComparison.Ordinal);
        Assert.Contains("orleans_", after.Text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", after.Text, StringComparison.Ordinal);

        // a client that comes later gets both as replay: their age is its absence, not FrontAlert's lag
        await using var late = await world.Listen([world.Country]);
        Assert.Equal(2, await late.WaitFor(2));
        Assert.Equal(0, Moved(after, await Scrape.From(Server.Anonymous, Server.Address), "frontalert_alert_delivery_lag_seconds_count"));
    }

    [Fact]
    public async Task Metrics_from_loopback_need_no_key_but_a_wrong_key_is_still_refused()
    {
        var open = await Server.Anonymous.GetAsync(new Uri(Server.Address, "/metrics"));
        using var wrong = Server.Client("not-a-key");
        var refused = await wrong.GetAsync(new Uri(Server.Address, "/metrics"));

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.StartsWith("text/plain", open.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static double Moved(Scrape before, Scrape after, string name, params string[] labels) =>
        after.Value(name, labels) - before.Value(name, labels);
}
