using System.Text;
using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// <c>frontalert import acled</c> against a live server of its own (the fixture changes who holds towns, which the
/// shared server's other tests must not see): the summary, lines that point into the file across chunks, exit codes.
/// </summary>
public sealed class AcledCliTests(ServerFixture fixture) : IClassFixture<ServerFixture>, IDisposable
{
    private static readonly string Fixture = Path.Combine(Repo.Root, "tests", "FrontAlert.Testing", "acled-fixture.csv");

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontalert-acled-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Import_of_the_fixture_sums_up_lists_rejections_by_line_exits_2_and_again_finds_only_duplicates()
    {
        var first = await CliRun.Run(fixture.Address, Keys.Operator, "import", "acled", Fixture);

        Assert.True(first.ExitCode == 2, first.ToString());
        Assert.Contains("rows:       45", first.Lines);
        Assert.Contains("accepted:   22", first.Lines);
        Assert.Contains("duplicates: 1", first.Lines);
        Assert.Contains("not mapped: 9", first.Lines);
        Assert.Contains("rejected:   13", first.Lines);
        Assert.Contains(first.Lines, l => l.StartsWith("line 34 (id acled:SYR4001): actor1: unknown actor 'Military Forces of Syria (2024-)'", StringComparison.Ordinal));
        Assert.Contains(first.Lines, l => l.StartsWith("Armed clash (1, an armed clash without fatalities): line 26", StringComparison.Ordinal));
        Assert.Equal("hts", (await fixture.Anonymous.GetLocation("sy-saraqib")).Control?.ActorId);

        var again = await CliRun.Run(fixture.Address, Keys.Operator, "import", "acled", Fixture);

        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains("accepted:   0", again.Lines);
        Assert.Contains("duplicates: 23", again.Lines);
    }

    [Fact]
    public async Task A_large_file_goes_up_in_chunks_and_every_line_still_points_into_the_file()
    {
        // 2,001 strikes and, past the first chunk of 2,000 rows, one with a note over two lines and one with a bad date.
        var header = File.ReadLines(Fixture).First();
        var id = Given.Unique("CLI");
        var rows = Enumerable.Range(1, 2_001).Select(i => Row($"{id}-{i}", "2024-12-02", i == 1_500 ? "\"a note\nover two lines\"" : "a note"))
            .Append(Row($"{id}-bad", "2024-02-30", "a bad date"));
        var file = Path.Combine(_dir.FullName, "large.csv");
        await File.WriteAllTextAsync(file, header + "\n" + string.Join("\n", rows) + "\n");

        var result = await CliRun.Run(fixture.Address, Keys.Operator, "import", "acled", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("rows:       2002", result.Lines);
        Assert.Contains("accepted:   2001", result.Lines);
        // header (1) + 2,001 rows, one of them two lines long: the bad row is on line 2,004.
        Assert.Contains(result.Lines, l => l.StartsWith($"line 2004 (id acled:{id}-bad): event_date: '2024-02-30'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_needs_an_operator_key_and_an_acled_file_and_otherwise_exits_1()
    {
        var notAcled = Path.Combine(_dir.FullName, "reports.csv");
        await File.WriteAllTextAsync(notAcled, "id,place\n1,Idlib\n");

        var asReporter = await CliRun.Run(fixture.Address, Keys.Reporter, "import", "acled", Fixture);
        var wrongFile = await CliRun.Run(fixture.Address, Keys.Operator, "import", "acled", notAcled);

        Assert.True(asReporter.ExitCode == 1, asReporter.ToString());
        Assert.Contains("error: 403", asReporter.Error, StringComparison.Ordinal);
        Assert.True(wrongFile.ExitCode == 1, wrongFile.ToString());
        Assert.Contains("not an ACLED export", wrongFile.Error, StringComparison.Ordinal);
    }

    private static string Row(string id, string date, string notes) => new StringBuilder()
        .Append($"{id},{date},2024,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,,,,,,,760,Middle East,Syria,")
        .Append($"Idleb,Idleb,,Idleb,35.9306,36.6339,1,SOHR,National,{notes},1,,1733011200").ToString();
}
