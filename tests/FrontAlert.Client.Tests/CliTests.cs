using System.Diagnostics;
using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary><c>frontalert</c> commands against a live server, checked by what they print and their exit codes.</summary>
[Collection(ServerCollection.Name)]
public sealed class CliTests(ServerFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontalert-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Ingest_of_ndjson_with_one_bad_line_sends_the_rest_names_the_line_and_exits_2()
    {
        var id = Given.Unique("cli-ingest");
        var file = Write("reports.ndjson", $$"""
            {"id":"{{id}}-1","type":"strike","locationId":"sy-homs","perpetratorId":"ru-af","kind":"airstrike","observedAt":"2024-12-01T01:00:00Z","killed":2,"civiliansKilled":1,"wounded":3,"sourceId":"white-helmets"}

            {"id":"{{id}}-2","type":"control","locationId":"sy-homs-city","actorId":"saa","status":"holds","observedAt":"2024-12-01T01:00:00Z","sourceId":"sana"}
            {"id":"{{id}}-3","type":"strike","locationId":"sy-atlantis","observedAt":"2024-12-01T01:00:00Z","killed":1,"sourceId":"white-helmets"}
            {"id":"{{id}}-4","type":"toll","locationId":"sy-homs","category":"killed","value":40,"asOf":"2024-12-01T09:00:00Z","sourceId":"sohr"}
            """);

        var first = await CliRun.Run(fixture.Address, Keys.Reporter, "ingest", file);

        Assert.True(first.ExitCode == 2, first.ToString());
        Assert.Contains("sent:       4", first.Lines);
        Assert.Contains("accepted:   3", first.Lines);
        Assert.Contains("duplicates: 0", first.Lines);
        Assert.Contains("rejected:   1", first.Lines);
        var reason = Assert.Single(first.Lines, l => l.StartsWith("line 4", StringComparison.Ordinal));
        Assert.Contains($"(id {id}-3)", reason, StringComparison.Ordinal);
        Assert.Contains("locationId: unknown location", reason, StringComparison.Ordinal);

        var again = await CliRun.Run(fixture.Address, Keys.Reporter, "ingest", file);
        Assert.Contains("accepted:   0", again.Lines);
        Assert.Contains("duplicates: 3", again.Lines);
    }

    [Fact]
    public async Task Ingest_of_a_large_json_array_goes_in_batches_of_5000_and_exits_0()
    {
        var id = Given.Unique("cli-batch");
        var items = Enumerable.Range(1, 5_003).Select(i =>
            $$"""{"id":"{{id}}-{{i}}","type":"control","locationId":"sy-tartus-city","actorId":"saa","status":"holds","observedAt":"2024-11-{{10 + (i % 15)}}T10:00:00Z","sourceId":"sana"}""");
        var file = Write("reports.json", "[\n" + string.Join(",\n", items) + "\n]");

        var result = await CliRun.Run(fixture.Address, Keys.Reporter, "ingest", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sent:       5003", result.Lines);
        Assert.Contains("accepted:   5003", result.Lines);
        Assert.Contains("rejected:   0", result.Lines);
    }

    [Fact]
    public async Task Ingest_without_a_reporter_key_fails_with_exit_1_and_says_why()
    {
        var file = Write("one.json", $$"""{"id":"{{Given.Unique("cli-nokey")}}","type":"strike","locationId":"sy","observedAt":"2024-12-01T01:00:00Z","killed":1,"sourceId":"sohr"}""");

        var result = await CliRun.Run(fixture.Address, null, "ingest", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error: 40", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_put_list_and_delete()
    {
        var id = Given.Unique("cli-rule");
        var file = Write("rule.json", """{"name":"Hama front","kind":"control-change","scopeId":"sy-hama","minConfidence":"confirmed","severity":"critical"}""");

        var put = await CliRun.Run(fixture.Address, Keys.Operator, "rules", "put", id, "--file", file);
        Assert.True(put.ExitCode == 0, put.ToString());
        Assert.Contains($"created rule {id} (revision 1)", put.Lines);

        var list = await CliRun.Run(fixture.Address, null, "rules", "list");
        Assert.True(list.ExitCode == 0, list.ToString());
        var line = Assert.Single(list.Lines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.Contains("control-change  scope=sy-hama  critical  on  minConfidence=confirmed", line, StringComparison.Ordinal);

        var again = await CliRun.Run(fixture.Address, Keys.Operator, "rules", "put", id, "--file", file);
        Assert.Contains($"updated rule {id} (revision 2)", again.Lines);

        var delete = await CliRun.Run(fixture.Address, Keys.Operator, "rules", "delete", id);
        Assert.True(delete.ExitCode == 0, delete.ToString());
        Assert.DoesNotContain((await CliRun.Run(fixture.Address, null, "rules", "list")).Lines, l => l.StartsWith(id + " ", StringComparison.Ordinal));

        var missing = await CliRun.Run(fixture.Address, Keys.Operator, "rules", "delete", id);
        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Contains("404", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_put_of_an_invalid_rule_prints_each_field_error()
    {
        var file = Write("bad.json", """{"kind":"toll-threshold","scopeId":"sy-idlib"}""");

        var result = await CliRun.Run(fixture.Address, Keys.Operator, "rules", "put", Given.Unique("cli-bad"), "--file", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("400", result.Error, StringComparison.Ordinal);
        Assert.Contains("category: is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tail_prints_live_alerts_one_line_each_and_stops_after_count()
    {
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("cli-tail"), "sy-latakia", Severity.Critical));
        var start = await fixture.Anonymous.GetLastSeq();

        var tail = CliRun.Run(fixture.Address, null, "tail", "--scope", "sy-latakia", "--after", start.ToString(System.Globalization.CultureInfo.InvariantCulture), "--count", "3");
        var ids = await fixture.Reporter.Strikes("sy-latakia", 3);
        var result = await tail.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = await fixture.Anonymous.GetAlerts(after: start, scopeId: "sy-latakia");
        Assert.Equal(3, result.Lines.Length);
        for (var i = 0; i < 3; i++)
        {
            Assert.StartsWith($"#{expected[i].Seq} 2024-12-01T01:00:00Z CRITICAL", result.Lines[i], StringComparison.Ordinal);
            Assert.Contains("(sy-latakia)", result.Lines[i], StringComparison.Ordinal);
            Assert.EndsWith($"[{expected[i].RuleId}]", result.Lines[i], StringComparison.Ordinal);
        }
        Assert.Equal(ids.Order(), expected.Select(a => a.ReportIds[0]).Order());
    }

    [Fact]
    public async Task Tail_with_a_seq_file_picks_up_after_the_last_alert_it_printed()
    {
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("cli-resume"), "sy-tartus", Severity.Info));
        var seqFile = Path.Combine(_dir.FullName, "tail.seq");
        var start = (await fixture.Anonymous.GetLastSeq()).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = CliRun.Run(fixture.Address, null, "tail", "--scope", "sy-tartus", "--after", start, "--seq-file", seqFile, "--count", "2");
        var printed = await fixture.Reporter.Strikes("sy-tartus", 2);
        Assert.True((await first.WaitAsync(TimeSpan.FromSeconds(20))).ExitCode == 0);
        var missed = await fixture.Reporter.Strikes("sy-tartus", 2);
        var second = await CliRun.Run(fixture.Address, null, "tail", "--scope", "sy-tartus", "--seq-file", seqFile, "--count", "2", "--json").WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(second.ExitCode == 0, second.ToString());
        var alerts = second.Lines.Select(l => System.Text.Json.JsonSerializer.Deserialize<Alert>(l, ClientJson.Options)!).ToList();
        Assert.Equal(missed, alerts.Select(a => a.ReportIds.Single()));
        // the seq and the log epoch it was read in, so the server can tell if the log lost what it points at
        Assert.Equal($"{alerts[^1].Seq} {alerts[^1].Epoch}", (await File.ReadAllTextAsync(seqFile)).Trim());
        Assert.DoesNotContain(alerts, a => printed.Contains(a.ReportIds.Single()));
    }

    [Fact]
    public async Task Tail_with_an_unknown_scope_fails_with_the_servers_reason()
    {
        var result = await CliRun.Run(fixture.Address, null, "tail", "--scope", "sy-atlantis", "--after", "0", "--count", "1").WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("sy-atlantis", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_prints_who_holds_the_place_with_its_confidence_and_sources()
    {
        var id = Given.Unique("cli-state");
        await fixture.Reporter.PostReports([Given.Control(id, "sy-maarat-al-numan", "hts")]);

        var result = await CliRun.Run(fixture.Address, null, "state", "sy-maarat-al-numan");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Lines, l => l.StartsWith("control: hts (opposition) captured, confirmed since 2024-11-30T10:00:00Z, sources: sohr", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith($"sohr: hts (opposition) captured at 2024-11-30T10:00:00Z {id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_built_frontalert_program_runs_as_a_process_and_reads_its_url_from_the_environment()
    {
        var dll = Path.Combine(Repo.Root, "client", "FrontAlert.Cli", "bin", Repo.Configuration, "net10.0", "frontalert.dll");
        var info = new ProcessStartInfo("dotnet", [dll, "state", "sy-aleppo-city", "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["FRONTALERT_URL"] = fixture.Address.ToString() },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(process.ExitCode == 0, await error);
        var state = System.Text.Json.JsonSerializer.Deserialize<LiveState>(await output, ClientJson.Options)!;
        Assert.Equal("sy-aleppo-city", state.Location.Id);
        Assert.NotNull(state.Control);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
