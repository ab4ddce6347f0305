using System.Diagnostics;
using HdrHistogram;

namespace FrontAlert.Benchmarks;

/// <summary>A thread-safe HdrHistogram of latencies in microseconds (1 µs .. 120 s, 3 significant digits).</summary>
public sealed class Latencies
{
    private readonly LongHistogram _h = new(120_000_000L, 3);

    public void Record(long fromTimestamp, long toTimestamp)
    {
        var us = Math.Max(1, (toTimestamp - fromTimestamp) * 1_000_000 / Stopwatch.Frequency);
        lock (_h)
        {
            _h.RecordValue(Math.Min(us, _h.HighestTrackableValue));
        }
    }

    /// <summary>A duration already in milliseconds (e.g. between two wall-clock stamps); below 1 µs counts as 1 µs.</summary>
    public void RecordMs(double ms)
    {
        var us = Math.Max(1, (long)(ms * 1000));
        lock (_h)
        {
            _h.RecordValue(Math.Min(us, _h.HighestTrackableValue));
        }
    }

    public long Count { get { lock (_h) { return _h.TotalCount; } } }

    public LatencySummary Summary()
    {
        lock (_h)
        {
            double Ms(double p) => _h.TotalCount == 0 ? 0 : Math.Round(_h.GetValueAtPercentile(p) / 1000.0, 3);
            return new LatencySummary(_h.TotalCount, Ms(50), Ms(90), Ms(99), Ms(99.9),
                _h.TotalCount == 0 ? 0 : Math.Round(_h.GetMaxValue() / 1000.0, 3),
                _h.TotalCount == 0 ? 0 : Math.Round(_h.GetMean() / 1000.0, 3));
        }
    }

    /// <summary>The full HdrHistogram percentile distribution (values in ms), for the raw artifacts.</summary>
    public string Distribution()
    {
        lock (_h)
        {
            using var w = new StringWriter();
            if (_h.TotalCount > 0)
            {
                _h.OutputPercentileDistribution(w, outputValueUnitScalingRatio: 1000.0);
            }
            return w.ToString();
        }
    }
}

public sealed record LatencySummary(long Count, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs, double MeanMs);

public sealed record LoadRun(string Mode, double OfferedPerSecond, double AchievedPerSecond, double UnitsPerSecond,
    long Started, long Succeeded, long Failed, double Seconds, int Concurrency, LatencySummary Latency)
{
    public string? Note { get; init; }
}

public static class Load
{
    /// <summary>
    /// Open loop: operation i is due at start + i/rate whatever happened to earlier ones (a population of independent
    /// reporters). Its latency is measured from when it was <em>due</em>, not when it was sent, so a stall that delays
    /// sending is charged to every operation it delayed (the correction for coordinated omission, as wrk2 does).
    /// At most <paramref name="maxInFlight"/> operations run at once; beyond that the dispatcher waits, and the
    /// wait is part of the latency.
    /// </summary>
    public static async Task<LoadRun> OpenLoop(double rate, TimeSpan duration, int maxInFlight,
        Func<long, long, Task<int>> op, Latencies latencies)
    {
        using var slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        var tally = new Tally();
        long started = 0, scheduled = 0;
        var running = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        // A system that cannot keep up holds every slot; past twice the duration the generator gives up and reports the
        // operations it never sent (each would have had an unbounded latency) instead of running for ever.
        var giveUp = start + (long)(2 * duration.TotalSeconds * Stopwatch.Frequency);
        var dispatcher = new Thread(() =>
        {
            for (long i = 0; ; i++)
            {
                var due = start + (long)(i * Stopwatch.Frequency / rate);
                if (due >= end)
                {
                    break;
                }
                while (true)
                {
                    var wait = due - Stopwatch.GetTimestamp();
                    if (wait <= 0)
                    {
                        break;
                    }
                    if (wait > Stopwatch.Frequency / 500) // > 2 ms: sleep, else spin
                    {
                        Thread.Sleep(1);
                    }
                    else
                    {
                        Thread.SpinWait(50);
                    }
                }
                var remaining = TimeSpan.FromSeconds((giveUp - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
                if (remaining <= TimeSpan.Zero || !slots.Wait(remaining))
                {
                    scheduled = (long)(duration.TotalSeconds * rate);
                    break;
                }
                started++;
                var index = i;
                var task = Task.Run(async () =>
                {
                    try
                    {
                        var n = await op(index, due);
                        latencies.Record(due, Stopwatch.GetTimestamp());
                        tally.Count(n);
                    }
                    catch
                    {
                        tally.Count(-1);
                    }
                    finally
                    {
                        slots.Release();
                    }
                });
                lock (running)
                {
                    running.Add(task);
                    if (running.Count > 4096)
                    {
                        running.RemoveAll(t => t.IsCompleted);
                    }
                }
            }
        }) { IsBackground = true, Name = "open-loop dispatcher", Priority = ThreadPriority.AboveNormal };
        dispatcher.Start();
        await Task.Run(dispatcher.Join);
        Task[] all;
        lock (running)
        {
            all = [.. running];
        }
        await Task.WhenAll(all);
        var seconds = (Stopwatch.GetTimestamp() - start) / (double)Stopwatch.Frequency;
        var offered = rate;
        return new LoadRun("open", Math.Round(offered, 1), Math.Round(tally.Succeeded / seconds, 1), Math.Round(tally.Units / seconds, 1),
            started, tally.Succeeded, tally.Failed, Math.Round(seconds, 2), maxInFlight, latencies.Summary())
        {
            Note = scheduled > started ? $"generator gave up: {scheduled - started} of {scheduled} operations were never sent (the system held all {maxInFlight} slots past twice the duration)" : null,
        };
    }

    /// <summary>
    /// Closed loop at saturation: <paramref name="workers"/> callers each start their next operation as soon as the last
    /// answered. Measures the maximum throughput, after a warm-up that is not counted.
    /// The op returns the number of durable units it achieved (reports acknowledged), or -1 on failure.
    /// </summary>
    /// <param name="window">Called as the measured window opens (true) and closes (false), e.g. to read CPU counters then.</param>
    public static async Task<LoadRun> ClosedLoop(int workers, TimeSpan warmup, TimeSpan duration, Func<long, Task<int>> op, Func<bool, Task>? window = null)
    {
        var latencies = new Latencies();
        var tally = new Tally();
        long next = 0;
        var measuring = false;
        var stop = false;
        async Task Worker()
        {
            while (!Volatile.Read(ref stop))
            {
                var i = Interlocked.Increment(ref next);
                var t0 = Stopwatch.GetTimestamp();
                int n;
                try
                {
                    n = await op(i);
                }
                catch
                {
                    n = -1;
                }
                if (!Volatile.Read(ref measuring))
                {
                    continue;
                }
                latencies.Record(t0, Stopwatch.GetTimestamp());
                tally.Count(n);
            }
        }
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(Worker)).ToArray();
        await Task.Delay(warmup);
        if (window is not null)
        {
            await window(true);
        }
        Volatile.Write(ref measuring, true);
        var start = Stopwatch.GetTimestamp();
        await Task.Delay(duration);
        Volatile.Write(ref measuring, false);
        if (window is not null)
        {
            await window(false);
        }
        var seconds = (Stopwatch.GetTimestamp() - start) / (double)Stopwatch.Frequency;
        var (s, u, f) = (tally.Succeeded, tally.Units, tally.Failed);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks);
        return new LoadRun("closed", 0, Math.Round(s / seconds, 1), Math.Round(u / seconds, 1), s + f, s, f,
            Math.Round(seconds, 2), workers, latencies.Summary());
    }
}
