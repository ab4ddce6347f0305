using System.Net;
using FrontAlert.Domain;
using FrontAlert.Contracts;
using FrontAlert.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FrontAlert.Web.Tests;

/// <summary>
/// Issue case 4 as a reporter sees it: a fault inside the place answers 503 with a problem document (nothing
/// acknowledged), the place's page never shows the half-applied report, and the retry is accepted once, not "duplicate".
/// </summary>
public sealed class FaultApiTests(EmbeddedServer fixture) : IClassFixture<EmbeddedServer>
{
    private FrontAlertServer Server => fixture.Server;

    [Fact]
    public async Task A_fault_while_applying_is_a_problem_response_and_the_retry_is_applied_once()
    {
        var grains = Server.Services.GetRequiredService<IGrainFactory>();
        var town = grains.GetGrain<ILocationGrain>("sy-sarmin");
        // A rule the rule reader would refuse (a toll rule without category or threshold), stored straight on the place.
        await town.PutRule(new Rule { Id = "fault-broken", Kind = RuleKind.TollThreshold, ScopeId = "sy-sarmin" });
        var report = Json.Strike("fault-api-1", "sy-sarmin", 6, 2, "sohr");

        var failed = await Server.Reporter.PostAsync("reports", Json.Body(new[] { report }));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, (await failed.Read()).GetProperty("status").GetInt32());

        await Eventually.Until(async () => { try { await town.RemoveRule("fault-broken"); return true; } catch (PlaceFaultedException) { return false; } }, ok => ok);
        var state = await Server.Anonymous.GetJson("locations/sy-sarmin");
        Assert.Equal(0, state.Toll("killed"));

        var retried = await (await Server.Reporter.PostAsync("reports", Json.Body(new[] { report }))).Read();
        Assert.Equal((1, 0), (retried.GetProperty("accepted").GetInt32(), retried.GetProperty("duplicates").GetInt32()));
        Assert.Equal(6, (await Server.Anonymous.GetJson("locations/sy-sarmin")).Toll("killed"));
    }
}
