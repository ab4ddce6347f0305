using System.Text.Json;
using FrontAlert.Cli;

namespace FrontAlert.Client.Tests;

/// <summary>The small parts on their own: the repeat filter, back-off, the seq file, addresses, JSON spellings, batching.</summary>
public sealed class PartsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontalert-parts-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Recent_ids_drop_repeats_and_forget_the_oldest_beyond_capacity()
    {
        var ids = new RecentIds(3);
        Assert.True(ids.Add("a"));
        Assert.False(ids.Add("a"));
        Assert.True(ids.Add("b"));
        Assert.True(ids.Add("c"));
        Assert.True(ids.Add("d")); // "a" falls out
        Assert.Equal(3, ids.Count);
        Assert.False(ids.Add("d"));
        Assert.True(ids.Add("a"));
    }

    [Fact]
    public void Back_off_doubles_with_jitter_up_to_its_cap_and_resets()
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
        var waits = Enumerable.Range(0, 12).Select(_ => backoff.Next().TotalMilliseconds).ToList();
        for (var i = 0; i < waits.Count; i++)
        {
            var ceiling = Math.Min(10_000, 100 * Math.Pow(2, i));
            Assert.InRange(waits[i], ceiling / 2, ceiling);
        }
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalMilliseconds, 50, 100);
    }

    [Fact]
    public async Task The_seq_file_is_absent_then_holds_the_last_save_and_leaves_no_temporary_files()
    {
        var store = new FileSeqStore(Path.Combine(_dir.FullName, "nested", "seq"));
        Assert.Null(await store.Load());
        await store.Save(41);
        await store.Save(42);
        Assert.Equal(42, await new FileSeqStore(store.Path).Load());
        Assert.Equal(["seq"], Directory.GetFiles(Path.GetDirectoryName(store.Path)!).Select(Path.GetFileName));

        await File.WriteAllTextAsync(store.Path, "garbage");
        await Assert.ThrowsAsync<InvalidDataException>(() => store.Load());
    }

    [Theory]
    [InlineData("http://host:5000", "http://host:5000/")]
    [InlineData("http://host:5000/", "http://host:5000/")]
    [InlineData("http://host:5000/api/v1", "http://host:5000/")]
    [InlineData("http://host:5000/api/v1/", "http://host:5000/")]
    [InlineData("https://example.org/frontalert", "https://example.org/frontalert/")]
    public void Server_addresses_mean_the_root_however_they_are_written(string given, string root)
    {
        var normalized = ServerAddress.Normalize(new Uri(given));
        Assert.Equal(root, normalized.ToString());
        Assert.Equal(root + "api/v1/rules", ServerAddress.Api(normalized, "rules").ToString());
        Assert.Equal(root + "hubs/alerts", ServerAddress.Hub(normalized).ToString());
    }

    [Fact]
    public void Reports_and_alerts_use_the_contracts_spellings()
    {
        var json = JsonSerializer.Serialize<Report>(Given.Strike("r2", "sy-idlib-city"), ClientJson.Options);
        Assert.StartsWith("""{"type":"strike","perpetratorId":"ru-af","kind":"airstrike","killed":3""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);

        var alert = JsonSerializer.Deserialize<Alert>("""
            {"id":"a","seq":42,"ruleId":"idlib-civ-50","kind":"toll-threshold","severity":"critical","locationId":"sy-idlib",
             "locationName":"Idlib","scopeId":"sy-idlib","title":"t","message":"m","from":null,"to":{"actorId":"hts","side":"opposition"},
             "confidence":"contested","category":"civilians_killed","value":51,"threshold":50,"sourceIds":["sohr"],"reportIds":["r3"],
             "observedAt":"2024-12-01T09:00:00Z","raisedAt":"2024-12-01T09:00:01Z","addedLater":true}
            """, ClientJson.Options)!;
        Assert.Equal((RuleKind.TollThreshold, Severity.Critical, TollCategory.CiviliansKilled, Confidence.Contested), (alert.Kind, alert.Severity, alert.Category, alert.Confidence));
        Assert.Equal(new ActorRef("hts", Side.Opposition), alert.To);

        var request = JsonSerializer.Serialize(new SubscribeRequest([], null, 7), ClientJson.Options);
        Assert.Equal("""{"scopeIds":[],"minSeverity":null,"afterSeq":7}""", request);
    }

    [Fact]
    public async Task An_ndjson_file_is_cut_into_batches_of_5000_that_name_each_line()
    {
        var path = Path.Combine(_dir.FullName, "big.ndjson");
        var lines = Enumerable.Range(1, 10_002).Select(i => i == 3 ? "   " : $$"""{"id":"r{{i}}"}""");
        await File.WriteAllLinesAsync(path, lines);

        var batches = await new ReportFile(path).Batches(CancellationToken.None).ToListAsync();

        Assert.Equal([5000, 5000, 1], batches.Select(b => b.Origins.Count));
        Assert.All(batches, b => Assert.True(b.Ndjson));
        Assert.Equal(["line 1", "line 2", "line 4"], batches[0].Origins.Take(3));
        Assert.Equal("line 10002", batches[2].Origins.Single());
        Assert.Equal(5000, batches[0].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(new FileInfo(path).Length, batches[^1].Position);
    }

    [Fact]
    public async Task A_json_array_and_a_single_pretty_printed_object_are_read_as_reports()
    {
        var array = Path.Combine(_dir.FullName, "a.json");
        await File.WriteAllTextAsync(array, "\uFEFF [ {\"id\":\"a\"},\n {\"id\":\"b\"} ]");
        var single = Path.Combine(_dir.FullName, "one.json");
        await File.WriteAllTextAsync(single, "{\n  \"id\": \"c\",\n  \"type\": \"strike\"\n}\n");

        var fromArray = Assert.Single(await new ReportFile(array).Batches(CancellationToken.None).ToListAsync());
        var fromObject = Assert.Single(await new ReportFile(single).Batches(CancellationToken.None).ToListAsync());

        Assert.Equal(["item 1", "item 2"], fromArray.Origins);
        Assert.Equal(2, JsonDocument.Parse(fromArray.Body).RootElement.GetArrayLength());
        Assert.False(fromObject.Ndjson);
        Assert.Equal("c", JsonDocument.Parse(fromObject.Body).RootElement[0].GetProperty("id").GetString());
    }
}
