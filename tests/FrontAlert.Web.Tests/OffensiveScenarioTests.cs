using System.Net;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>
/// A week of a fast offensive (27 Nov – 3 Dec 2024) across Aleppo, Idlib and Hama: captures, claims and denials,
/// a contest, re-sent and late reports, strikes, monitor and partisan tolls, a silence, a disabled rule and a rule
/// created late. Posted over HTTP to a durable (Redis) server, it must raise exactly these alerts, in this order.
/// </summary>
public sealed partial class OffensiveScenarioTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _server = await FrontAlertServer.Start(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_week_of_the_offensive_raises_exactly_the_expected_alerts_in_order()
    {
        await Rules();
        await Week();

        var alerts = await _server.Anonymous.Alerts("?limit=1000", atLeast: 20);
        var seen = alerts.Select(a => $"{a.GetProperty("ruleId").GetString()} @ {a.GetProperty("locationId").GetString()} {Confidence(a)}").ToList();
        Assert.Equal(
        [
            "deadly-strike @ sy-ariha -",
            "aleppo-claims @ sy-khan-al-asal claimed",
            "aleppo-claims @ sy-khan-al-asal confirmed",
            "aleppo-claims @ sy-aleppo-city claimed",
            "aleppo-claims @ sy-aleppo-city confirmed",
            "aleppo-claims @ sy-al-nayrab confirmed",
            "idlib-front @ sy-saraqib confirmed",
            "idlib-front @ sy-maarat-al-numan confirmed",
            "idlib-civ-50 @ sy-idlib -",
            "hama-front @ sy-suran confirmed",
            "hama-claims @ sy-suran confirmed",
            "deadly-strike @ sy-hama-city -",
            "deadly-strike @ sy-murek -",
            "hama-claims @ sy-hama-city claimed",
            "hama-claims @ sy-hama-city contested",
            "hama-front @ sy-hama-city confirmed",
            "hama-claims @ sy-hama-city confirmed",
            "idlib-front @ sy-kafr-nabl confirmed",
            "sy-killed-partisan @ sy -",
            "sy-killed-monitor @ sy -",
        ], seen);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), alerts.Select(a => a.GetProperty("seq").GetInt64()));
        Assert.Equal(alerts.Count, alerts.Select(a => a.GetProperty("id").GetString()).Distinct().Count());

        Assert.Equal("Khan al-Asal changed hands: Syrian Arab Army → Hay'at Tahrir al-Sham (claimed by Military Operations Command)", Title(alerts[1]));
        Assert.Equal("Khan al-Asal changed hands: Syrian Arab Army → Hay'at Tahrir al-Sham (confirmed by Syrian Observatory for Human Rights)", Title(alerts[2]));
        Assert.Contains("earlier claim is now confirmed", alerts[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(52, alerts[8].GetProperty("value").GetInt64());
        Assert.Equal(["snhr", "sohr"], alerts[8].GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.StartsWith("Hama contested", Title(alerts[14]), StringComparison.Ordinal);
        Assert.Equal((1200L, 1100L), (alerts[18].GetProperty("value").GetInt64(), alerts[19].GetProperty("value").GetInt64()));

        var saraqib = await _server.Anonymous.GetJson("locations/sy-saraqib");
        Assert.Equal("hts", saraqib.GetProperty("control").GetProperty("actorId").GetString());
        var timeline = await _server.Anonymous.GetJson("locations/sy-saraqib/timeline");
        Assert.Contains(timeline.EnumerateArray(), e => e.GetProperty("report").GetProperty("id").GetString() == "d4-late" && e.GetProperty("note").GetString() is not null);
    }

    private async Task Rules()
    {
        await Put("aleppo-claims", new { kind = "control-change", scopeId = "sy-aleppo", minConfidence = "claimed", severity = "warning" });
        await Put("idlib-front", new { kind = "control-change", scopeId = "sy-idlib", minConfidence = "confirmed", severity = "critical" });
        await Put("hama-front", new { kind = "control-change", scopeId = "sy-hama", minConfidence = "confirmed", severity = "critical" });
        await Put("deadly-strike", new { kind = "strike", scopeId = "sy", minKilled = 10, severity = "warning" });
        await Put("idlib-civ-50", new { kind = "toll-threshold", scopeId = "sy-idlib", category = "civilians_killed", threshold = 50, minTrust = "monitor", severity = "warning" });
        await Put("sy-killed-partisan", new { kind = "toll-threshold", scopeId = "sy", category = "killed", threshold = 1000, minTrust = "partisan", severity = "info" });
        await Put("sy-killed-monitor", new { kind = "toll-threshold", scopeId = "sy", category = "killed", threshold = 1000, minTrust = "monitor", severity = "critical" });
    }

    private async Task Week()
    {
        // 27 Nov: strikes on the Idlib and Aleppo countryside; one is deadly; the deadly one is re-sent.
        await Post(S("d1-atarib", "sy-atarib", 8, 5, "white-helmets", "2024-11-27T06:00:00Z"));
        await Post(S("d1-ariha", "sy-ariha", 12, 9, "white-helmets", "2024-11-27T08:00:00Z"));
        await Post(S("d1-ariha", "sy-ariha", 12, 9, "white-helmets", "2024-11-27T08:00:00Z"), S("d1-ariha-2", "sy-ariha", 3, 0, "sohr", "2024-11-27T09:00:00Z"));
        await Post(
            S("f-1", "sy-atarib", 1, 1, "white-helmets", "2024-11-27T10:00:00Z"), S("f-2", "sy-binnish", 2, 1, "white-helmets", "2024-11-27T11:00:00Z"),
            S("f-3", "sy-sarmin", 1, 0, "white-helmets", "2024-11-27T12:00:00Z"), S("f-4", "sy-taftanaz", 2, 2, "white-helmets", "2024-11-27T13:00:00Z"),
            S("f-5", "sy-murek", 1, 0, "white-helmets", "2024-11-27T14:00:00Z"), S("f-6", "sy-halfaya", 2, 0, "white-helmets", "2024-11-27T15:00:00Z"),
            S("f-7", "sy-mhardeh", 1, 1, "white-helmets", "2024-11-27T16:00:00Z"), S("f-8", "sy-khan-al-asal", 2, 2, "white-helmets", "2024-11-27T17:00:00Z"));

        // 28 Nov: rebels claim Khan al-Asal, state TV denies, the Observatory confirms.
        await Post(C("d2-1", "sy-khan-al-asal", "hts", "captured", "rebel-command", "2024-11-28T09:00:00Z"));
        await Post(C("d2-2", "sy-khan-al-asal", "saa", "holds", "state-tv", "2024-11-28T10:00:00Z"));
        await Post(C("d2-3", "sy-khan-al-asal", "hts", "captured", "sohr", "2024-11-28T12:00:00Z"));

        // 29 Nov: Aleppo falls: one outlet, then a second; al-Nayrab confirmed by the Observatory.
        await Post(C("d3-1", "sy-aleppo-city", "hts", "captured", "reuters", "2024-11-29T18:00:00Z"));
        await Post(C("d3-2", "sy-aleppo-city", "hts", "captured", "afp", "2024-11-29T18:30:00Z"));
        await Post(C("d3-3", "sy-al-nayrab", "hts", "captured", "sohr", "2024-11-29T20:00:00Z"));

        // 30 Nov: Saraqib and Maarat al-Numan; a late state TV report; a partisan claim on Khan Shaykhun; Idlib tolls.
        await Post(C("d4-1", "sy-saraqib", "hts", "captured", "sohr", "2024-11-30T10:00:00Z"), S("d4-2", "sy-saraqib", 5, 5, "sohr", "2024-11-30T11:00:00Z"));
        await Post(C("d4-3", "sy-maarat-al-numan", "hts", "captured", "sohr", "2024-11-30T12:00:00Z"));
        await Post(C("d4-late", "sy-saraqib", "saa", "holds", "state-tv", "2024-11-29T12:00:00Z"));
        await Post(C("d4-4", "sy-khan-shaykhun", "hts", "captured", "hts-media", "2024-11-30T14:00:00Z"));
        await Post(T("d4-t1", "sy-idlib", "civilians_killed", 45, "snhr", "2024-11-30T15:00:00Z"));
        await Post(T("d4-t2", "sy-idlib", "civilians_killed", 80, "state-tv", "2024-11-30T16:00:00Z"));
        await Post(T("d4-t3", "sy-idlib", "civilians_killed", 52, "sohr", "2024-11-30T17:00:00Z"));
        await Post(T("d4-t4", "sy-idlib", "civilians_killed", 60, "snhr", "2024-11-30T18:00:00Z"), T("d4-t3", "sy-idlib", "civilians_killed", 52, "sohr", "2024-11-30T17:00:00Z"));

        // 1 Dec: Hama. A claim on Suran, then an operator adds a claims rule (late: the claim is past), then confirmation.
        await Post(C("d5-1", "sy-suran", "hts", "captured", "rebel-command", "2024-12-01T06:00:00Z"));
        await Put("hama-claims", new { kind = "control-change", scopeId = "sy-hama", minConfidence = "claimed", severity = "warning" });
        await Post(C("d5-2", "sy-suran", "hts", "captured", "sohr", "2024-12-01T08:00:00Z"));
        await Post(S("d5-3", "sy-hama-city", 15, 10, "sohr", "2024-12-01T09:00:00Z"));
        var silence = await (await _server.Operator.PostAsync("silences", Json.Body(new { ruleId = "deadly-strike", until = "2030-01-01T00:00:00Z" }))).Read();
        await Post(S("d5-4", "sy-murek", 20, 0, "sohr", "2024-12-01T10:00:00Z"));
        Assert.Equal(HttpStatusCode.NoContent, (await _server.Operator.DeleteAsync($"silences/{silence.GetProperty("id").GetString()}")).StatusCode);
        await Post(S("d5-5", "sy-murek", 11, 0, "white-helmets", "2024-12-01T11:00:00Z"));

        // 2 Dec: Hama city: one outlet says captured, another says the army holds, then the Observatory confirms.
        await Post(C("d6-1", "sy-hama-city", "hts", "captured", "reuters", "2024-12-02T10:00:00Z"));
        await Post(C("d6-2", "sy-hama-city", "saa", "holds", "afp", "2024-12-02T11:00:00Z"));
        await Post(C("d6-3", "sy-hama-city", "hts", "captured", "sohr", "2024-12-02T13:00:00Z"));

        // 3 Dec: the Idlib rule is disabled while Khan Shaykhun is confirmed, then enabled again before Kafr Nabl.
        await Put("idlib-front", new { kind = "control-change", scopeId = "sy-idlib", minConfidence = "confirmed", severity = "critical", enabled = false });
        await Post(C("d7-1", "sy-khan-shaykhun", "hts", "captured", "sohr", "2024-12-03T08:00:00Z"));
        await Put("idlib-front", new { kind = "control-change", scopeId = "sy-idlib", minConfidence = "confirmed", severity = "critical", enabled = true });
        await Post(C("d7-2", "sy-kafr-nabl", "hts", "captured", "sohr", "2024-12-03T09:00:00Z"));

        // Country tolls: state TV's 1,200 crosses only for the partisan rule; the Observatory's 1,100 for the monitor rule.
        await Post(T("d7-t1", "sy", "killed", 1200, "state-tv", "2024-12-03T10:00:00Z"));
        await Post(T("d7-t2", "sy", "killed", 372, "sohr", "2024-12-03T11:00:00Z"));
        await Post(T("d7-t3", "sy", "killed", 1100, "sohr", "2024-12-03T12:00:00Z"));
        await Post(T("d7-t4", "sy", "killed", 900, "sohr", "2024-12-03T11:30:00Z"));
        await Post(T("d7-t5", "sy", "killed", 1300, "sohr", "2024-12-03T13:00:00Z"));

        // A reporter re-sends a slice of the week: nothing changes, nothing fires.
        var resent = await Post(C("d2-1", "sy-khan-al-asal", "hts", "captured", "rebel-command", "2024-11-28T09:00:00Z"),
            S("d1-ariha", "sy-ariha", 12, 9, "white-helmets", "2024-11-27T08:00:00Z"), C("d6-3", "sy-hama-city", "hts", "captured", "sohr", "2024-12-02T13:00:00Z"),
            S("d5-3", "sy-hama-city", 15, 10, "sohr", "2024-12-01T09:00:00Z"), T("d7-t3", "sy", "killed", 1100, "sohr", "2024-12-03T12:00:00Z"));
        Assert.Equal((0, 5), (resent.GetProperty("accepted").GetInt32(), resent.GetProperty("duplicates").GetInt32()));
    }

    private async Task<JsonElement> Post(params object[] reports)
    {
        var response = await _server.Reporter.PostAsync("reports", Json.Body(reports));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = await response.Read();
        Assert.Empty(result.GetProperty("rejected").EnumerateArray());
        return result;
    }

    private async Task Put(string id, object rule) =>
        Assert.True((await _server.Operator.PutAsync($"rules/{id}", Json.Body(rule))).IsSuccessStatusCode, $"rule {id}");

    private static object C(string id, string place, string actor, string status, string source, string at) => Json.Control(id, place, actor, source, at, status);

    private static object S(string id, string place, int killed, int civilians, string source, string at) => Json.Strike(id, place, killed, civilians, source, at);

    private static object T(string id, string place, string category, long value, string source, string asOf) => Json.Toll(id, place, category, value, source, asOf);

    private static string Confidence(JsonElement alert) =>
        alert.GetProperty("confidence").ValueKind == JsonValueKind.Null ? "-" : alert.GetProperty("confidence").GetString()!;

    private static string Title(JsonElement alert) => alert.GetProperty("title").GetString()!;
}
