using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary><c>FrontAlert:Acled:Trust</c> decides how far ACLED is believed: here partisan, so a capture it reports is only a claim.</summary>
public sealed class AcledTrustTests : IAsyncLifetime
{
    private FrontAlertServer _server = null!;

    public async Task InitializeAsync() => _server = await FrontAlertServer.Start(settings: new Dictionary<string, string?>
    {
        ["FrontAlert:Acled:Trust"] = "partisan",
        ["FrontAlert:Acled:NearestKm"] = "2",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_configured_trust_is_the_acled_sources_and_weighs_its_reports_and_the_configured_reach_bounds_the_nearest_town()
    {
        var csv = AcledFixture.Header + "\n"
            + AcledFixture.Row("SYR8001", "2024-11-29", "Non-state actor overtakes territory", "HTS: Hayat Tahrir al Sham", "Idleb", "Saraqeb") + "\n"
            // Tell Mardikh lies 3.2 km from Saraqib: beyond the 2 km configured here.
            + AcledFixture.Row("SYR8002", "2024-11-29", "Non-state actor overtakes territory", "HTS: Hayat Tahrir al Sham", "Idleb", "Tell Mardikh", "35.8360", "36.8060") + "\n";

        var result = await (await _server.Operator.Import(csv)).Read();

        Assert.True(result.GetProperty("accepted").GetInt32() == 1, result.ToString());
        Assert.Contains("none within 2 km", result.GetProperty("rejected")[0].Str("reason"), StringComparison.Ordinal);
        var acled = Assert.Single((await _server.Anonymous.GetJson("sources")).EnumerateArray(), s => s.Str("id") == "acled");
        Assert.Equal("partisan", acled.Str("trust"));
        var saraqib = await _server.Anonymous.GetJson("locations/sy-saraqib");
        Assert.Equal(("saa", "hts", "claimed"), (saraqib.GetProperty("control").Str("actorId"), saraqib.GetProperty("challenge").Str("actorId"), saraqib.GetProperty("challenge").Str("confidence")));
    }
}
