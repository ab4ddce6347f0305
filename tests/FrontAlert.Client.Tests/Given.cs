namespace FrontAlert.Client.Tests;

/// <summary>Reports and rules as the tests need them, with unique ids so tests sharing a server never collide.</summary>
public static class Given
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static StrikeReport Strike(string id, string locationId, int killed = 3, int civilians = 1, string source = "white-helmets") => new()
    {
        Id = id,
        LocationId = locationId,
        SourceId = source,
        ObservedAt = new DateTimeOffset(2024, 12, 1, 1, 0, 0, TimeSpan.Zero),
        PerpetratorId = "ru-af",
        Kind = "airstrike",
        Killed = killed,
        CiviliansKilled = civilians,
        Wounded = 2,
    };

    public static ControlReport Control(string id, string locationId, string actorId, string source = "sohr") => new()
    {
        Id = id,
        LocationId = locationId,
        SourceId = source,
        ObservedAt = new DateTimeOffset(2024, 11, 30, 10, 0, 0, TimeSpan.Zero),
        ActorId = actorId,
        Status = ControlStatus.Captured,
    };

    /// <summary>A rule that raises one alert per strike in <paramref name="scopeId"/>.</summary>
    public static Rule StrikeRule(string id, string scopeId, Severity severity = Severity.Warning) =>
        new() { Id = id, Kind = RuleKind.Strike, ScopeId = scopeId, MinKilled = 1, Severity = severity };

    /// <summary>Posts <paramref name="count"/> strikes in <paramref name="scopeId"/>; all must go in.</summary>
    public static async Task<List<string>> Strikes(this FrontAlertClient reporter, string scopeId, int count, string? prefix = null)
    {
        prefix ??= Unique("s");
        var reports = Enumerable.Range(1, count).Select(i => Strike($"{prefix}-{i}", scopeId)).ToList();
        var result = await reporter.PostReports(reports);
        Assert.True(result.Accepted == count, $"expected {count} accepted: {result}");
        return [.. reports.Select(r => r.Id)];
    }

    /// <summary>Every alert after <paramref name="after"/> in scope, from the durable log, page by page.</summary>
    public static async Task<List<Alert>> History(this FrontAlertClient client, long after, string? scopeId = null)
    {
        var all = new List<Alert>();
        while (await client.GetAlerts(after, scopeId, limit: 1000) is { Count: > 0 } page)
        {
            all.AddRange(page);
            after = page[^1].Seq;
        }
        return all;
    }
}
