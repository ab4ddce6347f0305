using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// The hub speaks MessagePack beside JSON: a stream on each protocol, reading the same scope from the same cursor,
/// gets the same alerts (ids, seqs, epochs and every field) as the log holds, both the replayed ones and the live ones,
/// with the map's location updates flowing on the same connections.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class MessagePackStreamTests(ServerFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const string Scope = "sy-rif-dimashq";

    [Fact]
    public async Task A_MessagePack_stream_and_a_JSON_stream_receive_the_same_alerts_replayed_and_live()
    {
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("mp-strike"), Scope, Severity.Critical));
        await fixture.Operator.PutRule(new Rule
        {
            Id = Given.Unique("mp-front"), Kind = RuleKind.ControlChange, ScopeId = Scope, MinConfidence = Confidence.Claimed,
        });
        var start = await fixture.Anonymous.GetLastSeq();
        // Before anyone listens: these come as a replay.
        await fixture.Reporter.Strikes(Scope, 3);
        var replayed = await Eventually.Get(() => fixture.Anonymous.History(start, Scope), a => a.Count == 3, Patience);

        var json = Read(StreamProtocol.Json, start, 6);
        var msgpack = Read(StreamProtocol.MessagePack, start, 6);
        await Task.WhenAll(json.Live, msgpack.Live).WaitAsync(Patience);
        // While both listen: a town changes hands (an alert with from, to and confidence, and a location update) and two strikes.
        await fixture.Reporter.PostReports([Given.Control(Given.Unique("mp-douma"), "sy-douma", "hts")]);
        await fixture.Reporter.Strikes(Scope, 2);
        var (overJson, overMessagePack) = (await json.Alerts, await msgpack.Alerts);

        var log = await fixture.Anonymous.History(start, Scope);
        Assert.Equal(6, log.Count);
        Assert.Equal(replayed.Select(a => a.Id), overMessagePack.Take(3).Select(a => a.Id));
        Assert.Equal(log, overJson, AlertEquality.Instance);
        Assert.Equal(log, overMessagePack, AlertEquality.Instance);
        var change = Assert.Single(overMessagePack, a => a.Kind == RuleKind.ControlChange);
        Assert.Equal(("saa", "hts"), (change.From?.ActorId, change.To?.ActorId));
        Assert.NotNull(change.Confidence);
        Assert.All(overMessagePack, a => Assert.NotNull(a.Epoch));
    }

    private sealed record Reading(Task Live, Task<List<Alert>> Alerts);

    /// <summary>Reads <paramref name="count"/> alerts after <paramref name="after"/>; <c>Live</c> completes once subscribed.</summary>
    private Reading Read(StreamProtocol protocol, long after, int count)
    {
        var live = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new AlertStreamOptions
        {
            ScopeIds = [Scope],
            AfterSeq = after,
            Protocol = protocol,
            OnStatus = s => { if (s.State == AlertStreamState.Live) live.TrySetResult(); },
        };
        return new(live.Task, Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(Patience);
            var alerts = new List<Alert>();
            await foreach (var alert in new AlertStream(fixture.Address).Read(options, timeout.Token))
            {
                alerts.Add(alert);
                if (alerts.Count == count)
                {
                    break;
                }
            }
            return alerts;
        }));
    }
}
