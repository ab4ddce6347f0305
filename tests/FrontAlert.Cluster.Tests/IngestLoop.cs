using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Cluster.Tests;

/// <summary>
/// Open-loop reporters: a request starts every <see cref="Every"/> whether or not earlier ones have answered (up to
/// <see cref="MaxInFlight"/>), as a population of reporters behaves. Records which report ids were acknowledged (202),
/// which requests failed, and when each started and ended, so a test can tell how soon after an event a fresh request
/// succeeds again.
/// </summary>
public sealed class IngestLoop(HttpClient reporter, string tag, string[] places)
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentBag<(TimeSpan Start, TimeSpan End, bool Ok)> _requests = [];
    // Pacing only: tests wait on acknowledgements (AckedSince), never on this tick, so no outcome depends on it.
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(20);
    private const int MaxInFlight = 64;
    private Task? _run;
    private int _next;
    private int _inFlight;

    public ConcurrentBag<string> Acked { get; } = [];
    public ConcurrentBag<string> Failed { get; } = [];
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>The slowest answer any request got, success or failure.</summary>
    public TimeSpan SlowestAnswer => _requests.IsEmpty ? TimeSpan.Zero : _requests.Max(r => r.End - r.Start);

    public void Start() => _run = Task.Run(Dispatch);

    public async Task Stop()
    {
        await _stop.CancelAsync();
        await _run!;
    }

    /// <summary>
    /// Waits until <paramref name="count"/> requests started at or after <paramref name="at"/> were acknowledged, or
    /// <paramref name="within"/> passed; returns how many were. Tests step on this (ingest flowing, ingest back after
    /// a kill) instead of sleeping a fixed time; what they assert afterwards says whether the step was reached.
    /// </summary>
    public Task<int> AckedSince(TimeSpan at, int count, TimeSpan within) =>
        Eventually.Get(() => Task.FromResult(_requests.Count(r => r.Ok && r.Start >= at)), n => n >= count, within);

    /// <summary>Waits until a request started at or after <paramref name="at"/> failed (the service noticed an outage).</summary>
    public Task<int> FailedSince(TimeSpan at, TimeSpan within) =>
        Eventually.Get(() => Task.FromResult(_requests.Count(r => !r.Ok && r.Start >= at)), n => n > 0, within);

    /// <summary>From <paramref name="at"/> until the first request started at or after it was acknowledged.</summary>
    public TimeSpan ResumedAfter(TimeSpan at) =>
        _requests.Where(r => r.Ok && r.Start >= at).Select(r => r.End - at).DefaultIfEmpty(TimeSpan.MaxValue).Min();

    private async Task Dispatch()
    {
        var running = new List<Task>();
        using var timer = new PeriodicTimer(Every);
        while (await Wait(timer))
        {
            if (Volatile.Read(ref _inFlight) < MaxInFlight)
            {
                running.Add(Request());
            }
            running.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(running);
    }

    private async Task<bool> Wait(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task Request()
    {
        Interlocked.Increment(ref _inFlight);
        var id = $"{tag}-{Interlocked.Increment(ref _next)}";
        var start = _clock.Elapsed;
        var ok = await Post(id);
        _requests.Add((start, _clock.Elapsed, ok));
        Interlocked.Decrement(ref _inFlight);
    }

    private async Task<bool> Post(string id)
    {
        var report = new { id, type = "strike", locationId = places[Math.Abs(id.GetHashCode(StringComparison.Ordinal)) % places.Length], observedAt = "2024-12-01T01:00:00Z", killed = 1, sourceId = "white-helmets" };
        try
        {
            using var body = new StringContent(JsonSerializer.Serialize(report), Encoding.UTF8, "application/json");
            var response = await reporter.PostAsync("reports", body);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                Acked.Add(id);
                return true;
            }
            Failed.Add($"{id}: {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Failed.Add($"{id}: {e.GetType().Name}");
        }
        return false;
    }
}
