using System.Text;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>The team's ACLED-format file (tests/FrontAlert.Testing/acled-fixture.csv) and posting CSV to the import.</summary>
public static class AcledFixture
{
    public static string Path { get; } = System.IO.Path.Combine(Repo.Root, "tests", "FrontAlert.Testing", "acled-fixture.csv");

    public static string Text => File.ReadAllText(Path);

    /// <summary>ACLED's export header, for tests that write a few rows of their own.</summary>
    public static string Header => Text[..Text.IndexOf('\n', StringComparison.Ordinal)];

    public static Task<HttpResponseMessage> Import(this HttpClient client, string csv, string type = "text/csv") =>
        client.PostAsync("imports/acled", new StringContent(csv, Encoding.UTF8, type));

    /// <summary>One row in ACLED's column order; the columns a test does not care about are left empty.</summary>
    public static string Row(string id, string date, string subEventType, string actor1, string admin1, string location,
        string lat = "35.9", string lon = "36.6", int geo = 1, int fatalities = 0, string admin2 = "") =>
        $"{id},{date},2024,1,Political violence,,{subEventType},\"{actor1}\",,,,,,,,760,Middle East,Syria,{admin1},{admin2},,\"{location}\",{lat},{lon},{geo},SOHR,National,test row,{fatalities},,1733011200";
}
