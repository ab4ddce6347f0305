using FrontAlert.Testing;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Client.Tests;

/// <summary>The alert stream over the real hub: live alerts in seq order, resume from a saved seq, refusals surfaced.</summary>
[Collection(ServerCollection.Name)]
public sealed class AlertStreamTests(ServerFixture fixture) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontalert-stream-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Live_alerts_arrive_in_seq_order_exactly_as_the_log_has_them()
    {
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("stream-live"), "sy-deir-ez-zor"));
        var start = await fixture.Anonymous.GetLastSeq();
        var live = new TaskCompletionSource();
        var options = new AlertStreamOptions
        {
            ScopeIds = ["sy-deir-ez-zor"],
            AfterSeq = start,
            OnStatus = s => { if (s.State == AlertStreamState.Live) live.TrySetResult(); },
        };

        var reading = Take(new AlertStream(fixture.Address), options, 12);
        await live.Task.WaitAsync(Patience);
        for (var batch = 0; batch < 4; batch++)
        {
            await fixture.Reporter.Strikes("sy-deir-ez-zor", 3);
        }
        var received = await reading;

        var log = await fixture.Anonymous.History(start, "sy-deir-ez-zor");
        Assert.Equal(log.Select(a => a.Id), received.Select(a => a.Id));
        Assert.Equal(log, received, AlertEquality.Instance);
        Assert.Equal(received.Select(a => a.Seq).Order(), received.Select(a => a.Seq));
    }

    [Fact]
    public async Task Alerts_raised_before_subscribing_are_replayed_first_and_filters_apply()
    {
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("stream-w"), "sy-raqqa", Severity.Warning));
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("stream-c"), "sy-raqqa", Severity.Critical));
        var start = await fixture.Anonymous.GetLastSeq();
        await fixture.Reporter.Strikes("sy-raqqa", 4);

        var received = await Take(new AlertStream(fixture.Address), new AlertStreamOptions { ScopeIds = ["sy-raqqa"], MinSeverity = Severity.Critical, AfterSeq = start }, 4);

        Assert.All(received, a => Assert.Equal(Severity.Critical, a.Severity));
        var log = await fixture.Anonymous.GetAlerts(start, "sy-raqqa", Severity.Critical);
        Assert.Equal(log.Select(a => a.Id), received.Select(a => a.Id));
    }

    [Fact]
    public async Task A_stopped_reader_resumes_from_its_saved_seq_with_exactly_the_missed_alerts()
    {
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("stream-resume"), "sy-hasakah"));
        var store = new FileSeqStore(Path.Combine(_dir.FullName, "app", "last-seq"));
        await store.Save(await fixture.Anonymous.GetLastSeq());
        var options = new AlertStreamOptions { ScopeIds = ["sy-hasakah"], SeqStore = store };

        // Online: read five, then the app closes.
        var first = Take(new AlertStream(fixture.Address), options, 5);
        await fixture.Reporter.Strikes("sy-hasakah", 5);
        var before = await first;
        Assert.Equal(before[^1].Seq, await store.Load());

        // Offline: four more are raised.
        var missed = await fixture.Reporter.Strikes("sy-hasakah", 4);

        // Back online with a new stream, as after an app restart: the four, then live ones, nothing twice.
        var second = Take(new AlertStream(fixture.Address), options, 5);
        var later = await fixture.Reporter.Strikes("sy-hasakah", 1);
        var after = await second;

        Assert.Equal([.. missed, .. later], after.Select(a => a.ReportIds.Single()));
        Assert.DoesNotContain(after, a => before.Any(b => b.Id == a.Id));
        var log = await fixture.Anonymous.History(before[0].Seq - 1, "sy-hasakah");
        Assert.Equal(log.Select(a => a.Id), before.Concat(after).Select(a => a.Id));
        Assert.Equal(after[^1].Seq, await store.Load());
    }

    [Fact]
    public async Task An_app_slower_than_the_alerts_gets_all_of_them_in_order_through_reconnects_with_bounded_memory()
    {
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("stream-slow"), "sy-homs-city"));
        var start = await fixture.Anonymous.GetLastSeq();
        // The collection runs one test at a time and each closes its streams: once the server counts no hub connection,
        // the only one it will count is this reader's.
        var idle = await Eventually.Get(HubConnections, n => n == 0, Patience);
        var reasons = new List<string>();
        var options = new AlertStreamOptions
        {
            ScopeIds = ["sy-homs-city"],
            AfterSeq = start,
            Buffer = 5,
            OnStatus = s => { if (s.Error is not null) { lock (reasons) { reasons.Add(s.Error.Message); } } },
        };
        using var timeout = new CancellationTokenSource(Patience);
        var received = new List<Alert>();

        var reading = Task.Run(async () =>
        {
            await foreach (var alert in new AlertStream(fixture.Address).Read(options, timeout.Token))
            {
                received.Add(alert);
                if (received.Count == 1)
                {
                    // The app is busy while 40 alerts arrive: far more than its buffer of 5. It stays busy until the
                    // stream, overflowing, dropped its connection and the server saw it go.
                    await Eventually.Until(() => fixture.Anonymous.GetAlerts(start, "sy-homs-city"), a => a.Count == 40, Patience);
                    await Eventually.Until(HubConnections, n => n <= idle, Patience);
                }
                if (received.Count == 40)
                {
                    break;
                }
            }
        });
        await fixture.Reporter.Strikes("sy-homs-city", 1);
        await Eventually.Until(() => Task.FromResult(received.Count), n => n == 1, Patience);
        for (var i = 0; i < 3; i++)
        {
            await fixture.Reporter.Strikes("sy-homs-city", 13);
        }
        await reading;

        var log = await fixture.Anonymous.History(start, "sy-homs-city");
        Assert.Equal(log.Select(a => a.Id), received.Select(a => a.Id));
        Assert.Contains(reasons, r => r.Contains("fell 5 alerts behind", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_scope_is_refused_with_the_servers_reason_instead_of_retrying_forever()
    {
        var e = await Assert.ThrowsAsync<HubException>(() =>
            Take(new AlertStream(fixture.Address), new AlertStreamOptions { ScopeIds = ["sy-atlantis"], AfterSeq = 0 }, 1));

        Assert.StartsWith("scopeIds: unknown location 'sy-atlantis'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_at_once_rather_than_retried()
    {
        var e = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Take(new AlertStream(fixture.Address, "not-a-key"), new AlertStreamOptions { AfterSeq = 0 }, 1));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, e.StatusCode);
    }

    [Fact]
    public async Task Location_updates_on_the_same_connection_do_not_disturb_the_stream()
    {
        // No scope: this connection hears every locationUpdated the server sends, and every alert.
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("stream-map"), "sy-suwayda"));
        var start = await fixture.Anonymous.GetLastSeq();
        var live = new TaskCompletionSource();
        var options = new AlertStreamOptions { AfterSeq = start, OnStatus = s => { if (s.State == AlertStreamState.Live) live.TrySetResult(); } };

        var reading = Take(new AlertStream(fixture.Address), options, 2);
        await live.Task.WaitAsync(Patience);
        await fixture.Reporter.PostReports([Given.Control(Given.Unique("map"), "sy-suwayda-city", "southern-ops")]);
        await fixture.Reporter.Strikes("sy-suwayda", 2);
        var received = await reading;

        Assert.Equal((await fixture.Anonymous.History(start)).Take(2).Select(a => a.Id), received.Select(a => a.Id));
    }

    /// <summary>Hub connections the server counts now (<c>frontalert_hub_connections</c> at <c>/metrics</c>).</summary>
    private async Task<double> HubConnections() =>
        (await Scrape.From(fixture.Server.Anonymous, fixture.Address)).Value("frontalert_hub_connections");

    /// <summary>Reads <paramref name="count"/> alerts, then leaves the loop as an app would.</summary>
    private static async Task<List<Alert>> Take(AlertStream stream, AlertStreamOptions options, int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var alerts = new List<Alert>();
        await foreach (var alert in stream.Read(options, timeout.Token))
        {
            alerts.Add(alert);
            if (alerts.Count == count)
            {
                break;
            }
        }
        return alerts;
    }
}
