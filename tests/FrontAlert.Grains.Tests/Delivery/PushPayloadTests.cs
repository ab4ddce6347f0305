using System.Text;
using System.Text.Json;
using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Grains.Tests.Delivery;

/// <summary>A push holds one 4 KB record: a long alert is cut to fit, and what identifies it is never cut.</summary>
public class PushPayloadTests
{
    private static Alert Alert(string message, int ids = 2) => new()
    {
        Id = "deadly/s1", Seq = 42, RuleId = "deadly", Kind = RuleKind.Strike, Severity = Severity.Critical,
        LocationId = "sy-saraqib", LocationName = "Saraqib", ScopeId = "sy", Title = "Airstrike on Saraqib: 7 killed",
        Message = message, SourceIds = [.. Enumerable.Range(0, ids).Select(i => $"source-{i}")],
        ReportIds = [.. Enumerable.Range(0, ids).Select(i => $"report-{i}")],
    };

    [Fact]
    public void A_short_alert_goes_out_whole()
    {
        var alert = Alert("An airstrike on the market.");

        Assert.Equal(JsonSerializer.Serialize(alert, DomainJson.Options), PushPayload.For(alert));
    }

    [Fact]
    public void A_long_alert_is_cut_to_fit_one_record_keeping_its_id_seq_and_Location()
    {
        var payload = PushPayload.For(Alert(new string('x', 3000) + "é\"<>" + new string('y', 6000), ids: 200));

        Assert.InRange(Encoding.UTF8.GetByteCount(payload), 1, PushPayload.MaxBytes);
        var json = JsonDocument.Parse(payload).RootElement;
        Assert.Equal("deadly/s1", json.GetProperty("id").GetString());
        Assert.Equal(42, json.GetProperty("seq").GetInt64());
        Assert.Equal("sy-saraqib", json.GetProperty("locationId").GetString());
        Assert.EndsWith("…", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
