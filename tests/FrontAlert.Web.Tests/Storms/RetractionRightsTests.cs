using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>Who may retract: the report's own source, or an operator for any source; anything else is refused by field.</summary>
public sealed class RetractionRightsTests(DurableServer fixture) : IClassFixture<DurableServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_retraction_by_another_source_is_rejected_naming_sourceId_and_an_operator_may_retract_any()
    {
        await Server.Tree("rt3", "rt3-town");
        await Server.Ingest(Json.Strike("rt3-s1", "rt3-town", 4, source: "white-helmets"));

        var refused = await Server.Reporter.PostAsync("reports", Json.Body(Storm.Retraction("rt3-x", "rt3-s1", "state-tv")));
        var problem = await ApiTest.AssertInvalid(refused, "sourceId");
        Assert.Contains("white-helmets", problem.GetProperty("errors").GetProperty("sourceId")[0].GetString());
        var unknown = await Server.Reporter.PostAsync("reports", Json.Body(Storm.Retraction("rt3-y", "rt3-nothing", "sohr")));
        await ApiTest.AssertInvalid(unknown, "retracts");
        Assert.Equal(4, (await Server.State("rt3-town")).Killed());

        var byOperator = await Server.Operator.Post(Storm.Retraction("rt3-z", "rt3-s1", "sohr", "operator: duplicate of an older report"));
        Assert.Equal(1, byOperator.GetProperty("accepted").GetInt32());
        Assert.Equal(0, (await Server.State("rt3-town")).Killed());
    }
}
