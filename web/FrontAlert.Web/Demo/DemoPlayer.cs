using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>
/// <c>--demo</c>: replays a built-in offensive (modelled on late November – early December 2024) through the real
/// ingest path, compressed into about three minutes, so a newcomer watching the feed and the map sees places fall,
/// claims and denials, contested towns, strikes and rising tolls. It creates its own rules first (ids
/// <c>demo-*</c>), then loops: after each run it quietly rewinds the front (rules paused, government forces back in
/// place) and plays again. Report ids carry a run id, so a durable deployment never mistakes a replay for duplicates.
/// </summary>
public sealed partial class DemoPlayer(
    IHostApplicationLifetime lifetime, IGrainFactory grains, Ingestor ingestor, ILogger<DemoPlayer> logger) : BackgroundService
{
    /// <summary>Seconds between the scenario's beats are multiplied by this (<c>FrontAlert:Demo:Pace</c>); tests shorten it.</summary>
    public double Pace { get; set; } = 1.0;

    /// <summary>How many scenario reports went in, and how many were refused (a scenario bug: logged loudly).</summary>
    public int Accepted => _accepted;
    public int Rejected => _rejected;

    /// <summary>Completed runs of the offensive.</summary>
    public int Runs => _loop;

    private int _accepted;
    private int _rejected;

    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private int _loop;
    private int _sequence;
    private DateTimeOffset _began;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await Started(stoppingToken))
        {
            return;
        }
        logger.LogWarning("--demo: replaying a built-in offensive over about three minutes, then looping. Open the live feed and the control map.");
        try
        {
            await Task.Delay(Scaled(2), stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await PlayOnce(stoppingToken);
                logger.LogInformation("--demo: run {Loop} is over; the front rewinds in 30 s and the offensive plays again", _loop + 1);
                await Task.Delay(Scaled(30), stoppingToken);
                await Rewind();
                _loop++;
                await Task.Delay(Scaled(8), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    /// <summary>Creates (or re-enables) the demo rules and plays the offensive once.</summary>
    public async Task PlayOnce(CancellationToken stoppingToken)
    {
        if (_began == default)
        {
            _began = DateTimeOffset.UtcNow;
        }
        await PutRules(enabled: true);
        await Play(Scenario.Offensive, stoppingToken);
    }

    private async Task<bool> Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var a = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var b = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private TimeSpan Scaled(double seconds) => TimeSpan.FromSeconds(seconds * Pace);

    private async Task Play(IReadOnlyList<Beat> beats, CancellationToken stoppingToken)
    {
        var start = DateTimeOffset.UtcNow;
        foreach (var beat in beats)
        {
            var due = start + Scaled(beat.At);
            var wait = due - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, stoppingToken);
            }
            await Post(beat.Narration, beat.Reports(new Context(this)));
        }
    }

    private async Task Post(string narration, IEnumerable<object> reports)
    {
        var items = reports.Select(r => new ReportItem(JsonSerializer.SerializeToElement(r, JsonSerializerOptions.Web))).ToList();
        try
        {
            var result = await ingestor.Ingest(items);
            Interlocked.Add(ref _accepted, result.Accepted);
            Interlocked.Add(ref _rejected, result.Rejected.Count);
            logger.LogInformation("--demo: {Narration} ({Accepted} reports)", narration, result.Accepted);
            foreach (var rejection in result.Rejected)
            {
                logger.LogWarning("--demo: report {Id} rejected: {Errors}", rejection.Id, string.Join("; ", rejection.Errors.Select(e => $"{e.Field}: {e.Message}")));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "--demo: could not post '{Narration}'; going on", narration);
        }
    }

    /// <summary>
    /// The demo's rules. Toll thresholds move up with each loop (figures are cumulative), so every run crosses them
    /// afresh: a rule whose terms change starts watching anew.
    /// </summary>
    private async Task PutRules(bool enabled)
    {
        var catalog = grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key);
        var offset = TollOffset;
        foreach (var rule in Rules(offset))
        {
            await catalog.PutRule(rule with { Enabled = enabled });
        }
    }

    private long TollOffset => _loop * 1100L;

    private static IEnumerable<Rule> Rules(long offset) =>
    [
        Control("demo-aleppo-front", "Aleppo front: contests and confirmed changes", "sy-aleppo", Confidence.Contested, Severity.Critical),
        Control("demo-idlib-front", "Idlib front: every claim and change", "sy-idlib", Confidence.Claimed, Severity.Warning),
        Control("demo-hama-front", "Hama front: every claim and change", "sy-hama", Confidence.Claimed, Severity.Critical),
        Control("demo-homs-front", "Homs: confirmed changes", "sy-homs", Confidence.Confirmed, Severity.Critical),
        Control("demo-south-front", "The south: claims and changes in Daraa", "sy-daraa", Confidence.Claimed, Severity.Warning),
        Control("demo-capital", "Damascus: any claim", "sy-damascus", Confidence.Claimed, Severity.Critical),
        Control("demo-east", "Deir ez-Zor: claims and changes", "sy-deir-ez-zor", Confidence.Claimed, Severity.Info),
        new Rule { Id = "demo-deadly-strike", Name = "A strike kills five or more", Kind = RuleKind.Strike, ScopeId = "sy", MinKilled = 5, Severity = Severity.Warning },
        new Rule { Id = "demo-toll-300", Name = "Offensive toll passes 300 killed (monitors)", Kind = RuleKind.TollThreshold, ScopeId = "sy",
            Category = TollCategory.Killed, Threshold = 300 + offset, MinTrust = Trust.Monitor, Severity = Severity.Warning },
        new Rule { Id = "demo-toll-1000", Name = "Offensive toll passes 1,000 killed (monitors)", Kind = RuleKind.TollThreshold, ScopeId = "sy",
            Category = TollCategory.Killed, Threshold = 1000 + offset, MinTrust = Trust.Monitor, Severity = Severity.Critical },
        new Rule { Id = "demo-idlib-civilians", Name = "Idlib: 50 civilians killed", Kind = RuleKind.TollThreshold, ScopeId = "sy-idlib",
            Category = TollCategory.CiviliansKilled, Threshold = 50 + offset / 10, Severity = Severity.Info },
    ];

    private static Rule Control(string id, string name, string scope, Confidence confidence, Severity severity) =>
        new() { Id = id, Name = name, Kind = RuleKind.ControlChange, ScopeId = scope, MinConfidence = confidence, Severity = severity };

    /// <summary>Pauses the rules, puts the government back everywhere the offensive reached, and resumes the rules.</summary>
    private async Task Rewind()
    {
        await PutRules(enabled: false);
        var context = new Context(this);
        await Post("rewinding the front for the next run", Scenario.Retaken.Select(place => context.Control(place, "saa", "captured", "sohr", "Demo rewind: back to the 26 November lines")));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await PutRules(enabled: true);
    }
}
