using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace FrontAlert.Cluster.Tests;

/// <summary>
/// A reporter posting strikes one request at a time, as fast as answers come, recording which report ids were
/// acknowledged (202), which requests failed, and the longest time between two acknowledgements.
/// </summary>
public sealed class IngestLoop(HttpClient reporter, string tag, string[] places)
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;

    public ConcurrentBag<string> Acked { get; } = [];
    public ConcurrentBag<string> Failed { get; } = [];
    public TimeSpan LongestPause { get; private set; }

    public void Start() => _run = Task.Run(Run);

    public async Task Stop()
    {
        await _stop.CancelAsync();
        await _run!;
    }

    private async Task Run()
    {
        var clock = Stopwatch.StartNew();
        var lastAck = TimeSpan.Zero;
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var id = $"{tag}-{i}";
            var report = new { id, type = "strike", locationId = places[i % places.Length], observedAt = "2024-12-01T01:00:00Z", killed = 1, sourceId = "white-helmets" };
            try
            {
                using var body = new StringContent(JsonSerializer.Serialize(report), Encoding.UTF8, "application/json");
                var response = await reporter.PostAsync("reports", body);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Acked.Add(id);
                    LongestPause = clock.Elapsed - lastAck > LongestPause && lastAck > TimeSpan.Zero ? clock.Elapsed - lastAck : LongestPause;
                    lastAck = clock.Elapsed;
                    continue;
                }
                Failed.Add($"{id}: {(int)response.StatusCode} {response.Headers.RetryAfter}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Failed.Add($"{id}: {e.GetType().Name}");
            }
            await Task.Delay(50);
        }
    }
}
