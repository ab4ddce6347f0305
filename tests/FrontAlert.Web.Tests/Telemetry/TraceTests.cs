using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using FrontAlert.Testing;
using FrontAlert.Web.Tests.Hub;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace FrontAlert.Web.Tests.Telemetry;

/// <summary>
/// The trace an operator follows from a report to its alert: the server's own OpenTelemetry pipeline, with an
/// in-memory exporter added where a collector would sit. Activity listeners are process-wide, so it also sees the
/// spans of other tests' servers: the test follows the request its own server took (by port).
/// </summary>
public sealed class TraceTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync() => _server = await FrontAlertServer.Start(settings: new Dictionary<string, string?> { [FrontAlert.Hosting.TelemetryDefaults.TracesSetting] = "true" }, configure: b =>
        b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new SimpleActivityExportProcessor(new Collect(_spans)))));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task One_trace_spans_the_post_the_location_grain_and_the_alert_append()
    {
        var world = new HubWorld(_server, "trace");
        await world.Create(towns: 1);

        var response = await _server.Reporter.PostAsync("reports", Json.Body(new[] { Json.Strike("trace-s1", world.Town(0), killed: 4) }));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var post = await Eventually.Get(() => Task.FromResult(_spans.FirstOrDefault(s =>
            s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == "/api/v1/reports"
            && Equals(s.GetTagItem("server.port"), _server.Address.Port))), s => s is not null);
        Assert.NotNull(post);
        var trace = _spans.Where(s => s.TraceId == post.TraceId).ToList();
        var ingest = Assert.Single(trace, s => s.OperationName == "location ingest");
        var append = Assert.Single(trace, s => s.OperationName == "alert append");
        Assert.Equal(world.Town(0), ingest.GetTagItem("frontalert.location.id"));
        Assert.Equal(world.Town(0), append.GetTagItem("frontalert.location.id"));
        Assert.Contains("trace-s1", append.GetTagItem("frontalert.alert.ids") as string, StringComparison.Ordinal);
        // Orleans' own spans for the grain call sit between the request and the grain's work.
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
    }

    private sealed class Collect(ConcurrentQueue<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                spans.Enqueue(span);
            }
            return ExportResult.Success;
        }
    }
}
