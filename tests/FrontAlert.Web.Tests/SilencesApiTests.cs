using FrontAlert.Testing;
using System.Net;
using System.Text.Json;

namespace FrontAlert.Web.Tests;

/// <summary>Silences: POST mutes a rule or a scope until a time, GET lists, DELETE lifts; what was muted is never replayed.</summary>
public sealed class SilencesApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task Post_creates_a_silence_with_its_id_get_lists_it_and_delete_lifts_it()
    {
        var created = await Server.Operator.PostAsync("silences", Json.Body(new { ruleId = "si-any", until = ApiTest.Future(), reason = "maintenance" }));
        var silence = await created.Read();
        var id = silence.Str("id");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal($"/api/v1/silences/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("si-any", "maintenance"), (silence.Str("ruleId"), silence.Str("reason")));
        Assert.Contains((await Server.Operator.GetJson("silences")).EnumerateArray(), s => s.Str("id") == id);

        Assert.Equal(HttpStatusCode.NoContent, (await Server.Operator.DeleteAsync($"silences/{id}")).StatusCode);
        Assert.DoesNotContain((await Server.Operator.GetJson("silences")).EnumerateArray(), s => s.Str("id") == id);
        await ApiTest.AssertNotFound(await Server.Operator.DeleteAsync($"silences/{id}"));
    }

    [Theory]
    [InlineData("""{"ruleId":"si-past","until":"2020-01-01T00:00:00Z"}""", "until")]
    [InlineData("""{"reason":"no target","until":"2999-01-01T00:00:00Z"}""", "ruleId")]
    [InlineData("""{"scopeId":"nowhere","until":"2999-01-01T00:00:00Z"}""", "scopeId")]
    [InlineData("""{"ruleId":"si-forever"}""", "until")]
    public async Task An_invalid_silence_is_a_400_naming_the_field_and_is_not_stored(string json, string field)
    {
        var count = (await Server.Operator.GetJson("silences")).GetArrayLength();

        await ApiTest.AssertInvalid(await Server.Operator.PostAsync("silences", Json.Raw(json)), field);

        Assert.Equal(count, (await Server.Operator.GetJson("silences")).GetArrayLength());
    }

    [Fact]
    public async Task A_silenced_strike_rule_raises_nothing_and_the_moment_is_not_replayed_after_the_silence_is_lifted()
    {
        await Server.Operator.PutAsync("rules/si-strike", Json.Body(new { kind = "strike", scopeId = "sy-idlib-jisr-al-shughur-district", minKilled = 1 }));
        var id = (await (await Server.Operator.PostAsync("silences", Json.Body(new { ruleId = "si-strike", until = ApiTest.Future() }))).Read()).Str("id");

        await Server.Ingest(Json.Strike("si-muted", "sy-darkush", 3));
        var muted = await Server.Anonymous.Alerts();
        var rule = await Server.Anonymous.GetJson("rules/si-strike");
        Assert.Equal(HttpStatusCode.NoContent, (await Server.Operator.DeleteAsync($"silences/{id}")).StatusCode);
        var lifted = await Server.Anonymous.Alerts();
        await Server.Ingest(Json.Strike("si-heard", "sy-darkush", 3, observedAt: "2024-12-01T05:00:00Z"));

        Assert.DoesNotContain(muted, a => a.Str("ruleId") == "si-strike");
        Assert.Equal(JsonValueKind.Null, rule.GetProperty("lastFiredAt").ValueKind);
        Assert.DoesNotContain(lifted, a => a.Str("ruleId") == "si-strike");
        var alert = Assert.Single(await Server.Anonymous.Alerts(), a => a.Str("ruleId") == "si-strike");
        Assert.Equal(["si-heard"], alert.GetProperty("reportIds").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_scope_silence_mutes_only_places_inside_that_scope()
    {
        await Server.Operator.PutAsync("rules/si-wide", Json.Body(new { kind = "strike", scopeId = "sy", minKilled = 1 }));
        var id = (await (await Server.Operator.PostAsync("silences", Json.Body(new { scopeId = "sy-idlib-harem-district", until = ApiTest.Future() }))).Read()).Str("id");

        await Server.Ingest(Json.Strike("si-harem", "sy-harem", 2), Json.Strike("si-murek", "sy-murek", 2));
        await Server.Operator.DeleteAsync($"silences/{id}");

        var alert = Assert.Single(await Server.Anonymous.Alerts(), a => a.Str("ruleId") == "si-wide");
        Assert.Equal("sy-murek", alert.Str("locationId"));
    }
}
