using System.Text.Json.Nodes;
using FrontAlert.Contracts;
using FrontAlert.Domain;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>
/// The replay's frames, made from the log's stored JSON, are exactly the bytes the hub's own protocols make of the
/// parsed alert (the app's JSON options, the hub's escaping of stored escapes, nulls, every field), one after another
/// in one write; for MessagePack and for stored JSON not of the log's shape, through the parsed alert. A filter reads severity and
/// place from the stored JSON as the parsed alert has them.
/// </summary>
public sealed class ReplayFramesTests(DurableServer fixture) : IClassFixture<DurableServer>
{
    private static readonly DateTimeOffset At = new(2024, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Frames_from_stored_JSON_are_the_protocols_own_bytes_for_the_parsed_alerts()
    {
        var log = fixture.Server.Services.GetRequiredService<IAlertLog>();
        await log.Append([
            // printable ASCII that neither dialect escapes: framed from the stored bytes
            Alert("frames-plain", Severity.Warning, "sy-saraqib") with { Message = "3 killed; !#$%()*,-./:;=?@[]^_{|}~ 09 AZ az" },
            Alert("frames-escaped", Severity.Critical, "sy-idlib") with
            {
                LocationName = "سراقب \"east\" <b>&amp;</b>", Message = "line\nbreak\ttab \u2028 é", From = new("saa", Side.Government),
                To = new("hts", Side.Opposition), Confidence = Domain.Confidence.Claimed, Precision = new(2, 1), Value = 7, Threshold = 5,
            },
        ]);
        var logged = await log.ReadLogged(0, 10);
        var parsed = await log.Read(0, 10);
        Assert.Equal(2, logged.Count);
        Assert.DoesNotContain((byte)'\\', logged[0].Json.ToArray()); // framed from its bytes
        Assert.Contains((byte)'\\', logged[1].Json.ToArray()); // escapes: rewritten with the hub's escaping

        foreach (var protocol in fixture.Server.Services.GetServices<IHubProtocol>())
        {
            var expected = parsed.Select(a => protocol.GetMessageBytes(HubMessages.Alert(a)).ToArray()).ToList();
            var frames = new ReplayFrames(protocol);
            foreach (var (alert, bytes) in logged.Zip(expected))
            {
                frames.Clear();
                frames.Add(alert);
                Assert.Equal(bytes, frames.Message().GetSerializedMessage(protocol).ToArray());
            }
            frames.Clear();
            foreach (var alert in logged)
            {
                frames.Add(alert);
            }
            Assert.Equal(expected.SelectMany(b => b), frames.Message().GetSerializedMessage(protocol).ToArray());
        }
        Assert.Equal(["json", "messagepack"], fixture.Server.Services.GetServices<IHubProtocol>().Select(p => p.Name).Order());

        // stored JSON without the log's shape (no seq where the log writes it) still frames as the parsed alert
        var json = fixture.Server.Services.GetServices<IHubProtocol>().Single(p => p.Name == "json");
        var reshaped = JsonNode.Parse(logged[1].Json.Span)!.AsObject();
        reshaped.Remove("seq");
        var odd = logged[1] with { Json = System.Text.Encoding.UTF8.GetBytes(reshaped.ToJsonString()) };
        var oddFrames = new ReplayFrames(json);
        oddFrames.Add(odd);
        Assert.Equal(json.GetMessageBytes(HubMessages.Alert(parsed[1])).ToArray(), oddFrames.Message().GetSerializedMessage(json).ToArray());

        foreach (var (alert, expected) in logged.Zip(parsed))
        {
            Assert.Equal(new LoggedAlertScope(expected.Severity, expected.LocationId), LoggedAlertScope.Of(alert));
        }
    }

    private static Alert Alert(string id, Severity severity, string locationId) => new()
    {
        Id = id, RuleId = "frames-rule", Kind = RuleKind.Strike, Severity = severity, LocationId = locationId, LocationName = "Saraqib",
        ScopeId = "sy", Title = "Strike", Message = "3 killed", SourceIds = ["white-helmets"], ReportIds = [$"{id}-report"],
        ObservedAt = At, RaisedAt = At.AddMinutes(1),
    };
}
