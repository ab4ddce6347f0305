using System.Text.Json;

namespace FrontAlert.Domain.Tests;

/// <summary>A tiny world: Syria > Idlib > Idlib district > Saraqib, plus Hama > Hama city; three actors; seven sources.</summary>
internal static class Given
{
    public static readonly DateTimeOffset T0 = new(2024, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static readonly Location[] Locations =
    [
        new("sy", "Syria", LocationKind.Country, null),
        new("sy-idlib", "Idlib", LocationKind.Governorate, "sy"),
        new("sy-idlib-d", "Idlib District", LocationKind.District, "sy-idlib"),
        new("sy-saraqib", "Saraqib", LocationKind.Town, "sy-idlib-d"),
        new("sy-hama", "Hama", LocationKind.Governorate, "sy"),
        new("sy-hama-city", "Hama City", LocationKind.City, "sy-hama"),
    ];

    public static readonly Actor[] Actors =
    [
        new("saa", "SAA", Side.Government),
        new("hts", "HTS", Side.Opposition),
        new("sdf", "SDF", Side.Sdf),
    ];

    public static readonly Source[] Sources =
    [
        new("sohr", "SOHR", Trust.Monitor),
        new("snhr", "SNHR", Trust.Monitor),
        new("reuters", "Reuters", Trust.Media),
        new("afp", "AFP", Trust.Media),
        new("state-tv", "State TV", Trust.Partisan, Side.Government),
        new("rebel-command", "Rebel Command", Trust.Partisan, Side.Opposition),
        new("social", "Social media", Trust.Unverified),
    ];

    public static Catalog Catalog(params Silence[] silences) => new(1, Locations, Actors, Sources, silences);

    /// <summary>The catalog as every place reads it once these rules are stored.</summary>
    public static Catalog CatalogWith(params Rule[] rules) => new(1, Locations, Actors, Sources, [], rules: rules);

    public static DateTimeOffset At(double hours) => T0.AddHours(hours);

    public static ControlReport Control(string id, string source, string actor, ControlStatus status = ControlStatus.Captured,
        double hours = 0, string location = "sy-saraqib") => new()
    {
        Id = id, SourceId = source, ActorId = actor, Status = status, ObservedAt = At(hours), LocationId = location,
    };

    public static StrikeReport Strike(string id, int killed, int civilians = 0, string source = "sohr",
        string location = "sy-saraqib", double hours = 0) => new()
    {
        Id = id, SourceId = source, LocationId = location, ObservedAt = At(hours), Kind = "airstrike",
        PerpetratorId = "saa", Killed = killed, CiviliansKilled = civilians, Wounded = 3,
    };

    public static TollReport Toll(string id, long value, string source = "sohr", double hours = 0, string? actor = null,
        TollCategory category = TollCategory.Killed, string location = "sy-idlib") => new()
    {
        Id = id, SourceId = source, LocationId = location, ObservedAt = At(hours), AsOf = At(hours),
        Category = category, ActorId = actor, Value = value, Since = At(-72),
    };

    /// <summary>What the gazetteer says before any report: the government holds the place, confirmed, since yesterday.</summary>
    public static Control HeldBySaa => new("saa", Side.Government, ControlStatus.Holds, Confidence.Confirmed, At(-24), [], []);

    public static Rule ControlRule(string scope = "sy-saraqib", Confidence min = Confidence.Confirmed, string id = "front") =>
        new() { Id = id, Kind = RuleKind.ControlChange, ScopeId = scope, MinConfidence = min, Severity = Severity.Critical };

    public static Rule TollRule(long threshold, string scope = "sy-idlib", Trust? minTrust = Trust.Monitor,
        TollCategory category = TollCategory.Killed, string id = "toll", bool enabled = true) =>
        new() { Id = id, Kind = RuleKind.TollThreshold, ScopeId = scope, Threshold = threshold, MinTrust = minTrust, Category = category, Enabled = enabled };

    public static Rule StrikeRule(int? minKilled = null, int? minCivilians = null, string scope = "sy", string id = "deadly") =>
        new() { Id = id, Kind = RuleKind.Strike, ScopeId = scope, MinKilled = minKilled, MinCiviliansKilled = minCivilians };

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
