using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Rules;

public class RuleReaderTests
{
    private static (Rule? Rule, List<FieldError> Errors) Read(string id, string json)
    {
        var errors = new List<FieldError>();
        return (RuleReader.Read(id, Json(json), Catalog(), errors), errors);
    }

    [Fact]
    public void The_design_examples_are_read()
    {
        var hama = Read("hama-front", """{"id":"hama-front","name":"Hama front: a town changes hands","kind":"control-change","scopeId":"sy-hama","minConfidence":"confirmed","severity":"critical","enabled":true}""").Rule!;
        var civ = Read("idlib-civ-50", """{"id":"idlib-civ-50","kind":"toll-threshold","scopeId":"sy-idlib","category":"civilians_killed","threshold":50,"minTrust":"monitor","severity":"warning"}""").Rule!;
        var strike = Read("deadly-strike", """{"id":"deadly-strike","kind":"strike","scopeId":"sy","minKilled":5,"severity":"warning"}""").Rule!;

        Assert.Equal((RuleKind.ControlChange, "sy-hama", Confidence.Confirmed, Severity.Critical, true), (hama.Kind, hama.ScopeId, hama.MinConfidence, hama.Severity, hama.Enabled));
        Assert.Equal((RuleKind.TollThreshold, TollCategory.CiviliansKilled, 50L, Trust.Monitor), (civ.Kind, civ.Category, civ.Threshold, civ.MinTrust));
        Assert.Equal((RuleKind.Strike, "sy", 5, (int?)null), (strike.Kind, strike.ScopeId, strike.MinKilled, strike.MinCiviliansKilled));
    }

    [Theory]
    [InlineData("""{"kind":"control-change","scopeId":"sy-aleppo"}""", "scopeId")]
    [InlineData("""{"kind":"toll-threshold","scopeId":"sy","threshold":5}""", "category")]
    [InlineData("""{"kind":"toll-threshold","scopeId":"sy","category":"killed"}""", "threshold")]
    [InlineData("""{"kind":"strike","scopeId":"sy"}""", "minKilled")]
    [InlineData("""{"kind":"alarm","scopeId":"sy"}""", "kind")]
    [InlineData("""{"kind":"control-change","scopeId":"sy","minConfidence":"2"}""", "minConfidence")]
    [InlineData("""{"kind":"toll-threshold","scopeId":"sy","category":"killed","threshold":5,"actorId":"isis"}""", "actorId")]
    [InlineData("""{"kind":"strike","scopeId":"sy","minKilled":1,"maxGeoPrecision":0}""", "maxGeoPrecision")]
    [InlineData("""{"kind":"strike","scopeId":"sy","minKilled":1,"maxGeoPrecision":4}""", "maxGeoPrecision")]
    public void A_bad_rule_is_rejected_naming_the_field(string json, string field)
    {
        var (rule, errors) = Read("r", json);

        Assert.Null(rule);
        Assert.Equal([field], errors.Select(e => e.Field));
    }
}
