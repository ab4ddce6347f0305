using System.Text.Json.Serialization;

namespace FrontAlert.Domain;

/// <summary>
/// The latest picture of one place, kept bounded so that writes cost the same after 100,000 reports as after one:
/// claims per source, toll figures per source, subtree totals per child, a fixed-size duplicate window, a few recent
/// strikes. The full history goes to the report store; the outboxes hold what was decided but not yet delivered.
/// </summary>
public sealed class LocationState
{
    public const int RecentStrikes = 20;

    public string LocationId { get; set; } = "";
    public ControlPicture Control { get; set; } = new();
    public TollBook Tolls { get; set; } = new();
    public Incidents Own { get; set; } = Incidents.None;
    public Dictionary<string, ChildIncidents> Children { get; set; } = new(StringComparer.Ordinal);
    public List<StrikeRecord> Strikes { get; set; } = [];
    public SeenWindow Seen { get; set; } = new();
    public Dictionary<string, RuleProgress> Rules { get; set; } = new(StringComparer.Ordinal);
    public DateTimeOffset? UpdatedAt { get; set; }
    public FlapWatch Flaps { get; set; } = new();

    /// <summary>The first known holder (e.g. from the gazetteer), before any report: a recount starts from it.</summary>
    public Control? Seeded { get; set; }

    /// <summary>Grows with every change of the subtree totals or events; sent with every update to the parent.</summary>
    public long Version { get; set; }

    /// <summary>Alerts decided here but not yet in the alert log.</summary>
    [JsonPropertyName("outbox")]
    public List<Alert> UnloggedAlerts { get; set; } = [];

    /// <summary>Accepted reports not yet written to the report store.</summary>
    [JsonPropertyName("unfiled")]
    public List<TimelineEntry> UnfiledReports { get; set; } = [];

    /// <summary>Events the parent has not yet acknowledged, of those a rule above may still need (ADR 0027).</summary>
    [JsonPropertyName("unsent")]
    public List<LocationEvent> UnsentEvents { get; set; } = [];

    /// <summary>Rules above that fired here or below and the parent has not yet been told of (their last firing).</summary>
    [JsonPropertyName("unsentFired")]
    public List<string> UnsentFired { get; set; } = [];

    /// <summary>Strike totals of the whole subtree: this place's own strikes plus each child's latest totals.</summary>
    /// <remarks>Not stored: it is computed from what is, and writing it cost every state write a sum over the children.</remarks>
    [JsonIgnore]
    public Incidents Subtree => Children.Values.Aggregate(Own, (sum, c) => sum.Add(c.Incidents));

    public RollUp UpdateFor() => new(LocationId, Version, Subtree, [.. UnsentEvents]) { Fired = [.. UnsentFired] };

    /// <summary>The parent has applied everything up to <paramref name="version"/>; its events need not be sent again.</summary>
    public void Acknowledged(RollUp sent)
    {
        var delivered = sent.Events.Select(e => e.EventId).ToHashSet(StringComparer.Ordinal);
        UnsentEvents.RemoveAll(e => delivered.Contains(e.EventId));
        UnsentFired.RemoveAll(sent.Fired.Contains);
    }
}
