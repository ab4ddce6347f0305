using System.Globalization;

namespace FrontAlert.Domain;

/// <summary>Turns a rule and what it heard into an alert a person reads at a glance: place, sides, figure, confidence, sources.</summary>
public sealed class AlertWriter(Catalog catalog, DateTimeOffset now)
{
    public Alert Control(Rule rule, ControlEvent e)
    {
        var place = catalog.NameOf(e.LocationId);
        var to = catalog.ActorName(e.To.ActorId);
        var from = catalog.ActorName(e.From?.ActorId);
        var by = Sources(e.SourceIds);
        // A confirmation is credited to the sources that carry weight; partisan agreement stays among the sourceIds.
        var weighty = e.SourceIds.Where(s => catalog.Sources.GetValueOrDefault(s)?.Trust >= Trust.Media).ToList();
        var confirmedBy = Sources(weighty.Count > 0 ? weighty : e.SourceIds);
        var (title, message) = e switch
        {
            { Contest: true } => ($"{place} contested: {to} challenges {from}",
                e.Holder is null
                    ? $"Sources disagree about who holds {place} ({by}). Last established holder: {from} ({Side(e.From)})."
                    : $"{Challenged(e, place)} {InitialControl(e)}"),
            { Confidence: Confidence.Claimed } => ($"{place} changed hands: {from} → {to} (claimed by {by})",
                $"{Challenged(e, place)} Not confirmed by a monitor or two independent outlets.{(e.Holder is null ? "" : " " + InitialControl(e))}"),
            { Upgrade: true } => ($"{place} changed hands: {from} → {to} (confirmed by {confirmedBy})",
                $"The earlier claim is now confirmed: {to} ({Side(e.To)}) holds {place}, taken from {from} ({Side(e.From)})."),
            _ => ($"{place} changed hands: {from} → {to} (confirmed by {confirmedBy})",
                $"{to} ({Side(e.To)}) now holds {place}, taken from {from} ({Side(e.From)})."),
        };
        return Base(rule, e.LocationId, $"{rule.AlertKey}/{e.EventId}/{EnumNames.Name(e.Confidence)}", title, message, e.ObservedAt) with
        {
            From = e.From,
            To = e.To,
            Confidence = e.Confidence,
            SourceIds = e.SourceIds,
            ReportIds = e.ReportIds,
            Message = message + Approximate(e.Precision),
            Precision = e.Precision,
        };
    }

    public Alert Strike(Rule rule, StrikeEvent e)
    {
        var place = catalog.NameOf(e.LocationId);
        var by = e.PerpetratorId is null ? "" : $" by {catalog.ActorName(e.PerpetratorId)}";
        var civilians = e.CiviliansKilled > 0 ? $" ({e.CiviliansKilled} civilians)" : "";
        var title = $"{Capital(e.Kind)} on {place}: {e.Killed} killed{civilians}, {e.Wounded} wounded";
        var message = $"{Capital(e.Kind)}{by} on {place} at {e.ObservedAt:yyyy-MM-dd HH:mm} UTC, reported by {catalog.SourceName(e.SourceId)}.";
        return Base(rule, e.LocationId, $"{rule.AlertKey}/{e.EventId}", title, message, e.ObservedAt) with
        {
            SourceIds = [e.SourceId],
            ReportIds = [e.ReportId],
            Message = message + Approximate(e.Precision),
            Precision = e.Precision,
        };
    }

    public Alert Toll(Rule rule, long value, IReadOnlyList<string> sourceIds, IReadOnlyList<string> reportIds, DateTimeOffset observedAt)
    {
        var place = catalog.NameOf(rule.ScopeId);
        var whose = rule.ActorId is null ? "" : $" among {catalog.ActorName(rule.ActorId)}";
        var what = Words(rule.Category!.Value);
        var title = $"{place}: {value.ToString("N0", CultureInfo.InvariantCulture)} {what}{whose}, threshold {rule.Threshold!.Value.ToString("N0", CultureInfo.InvariantCulture)} crossed";
        var counted = rule.MinTrust is { } t ? $"sources of trust {EnumNames.Name(t)} or higher" : "monitor sources and all strike reports";
        var message = $"The effective figure for {place}, counting {counted}, reached {value.ToString("N0", CultureInfo.InvariantCulture)} ({Sources(sourceIds)}).";
        return Base(rule, rule.ScopeId, $"{rule.AlertKey}/crossed/{rule.Revision}", title, message, observedAt) with
        {
            Category = rule.Category,
            Value = value,
            Threshold = rule.Threshold,
            SourceIds = sourceIds,
            ReportIds = reportIds,
        };
    }

    private Alert Base(Rule rule, string locationId, string id, string title, string message, DateTimeOffset observedAt) => new()
    {
        Id = id,
        RuleId = rule.Id,
        Kind = rule.Kind,
        Severity = rule.Severity,
        LocationId = locationId,
        LocationName = catalog.NameOf(locationId),
        ScopeId = rule.ScopeId,
        Title = title,
        Message = message,
        ObservedAt = observedAt,
        RaisedAt = now,
    };

    /// <summary>"State TV claims that SAA took Maarat al-Numan from HTS; Military Operations Command denies."</summary>
    private string Challenged(ControlEvent e, string place)
    {
        var claimants = e.SourceIds.Where(s => !e.DeniedBy.Contains(s)).ToList();
        var claim = $"{Sources(claimants)} claim{(claimants.Count == 1 ? "s" : "")} that {catalog.ActorName(e.To.ActorId)} ({Side(e.To)}) took {place} from {catalog.ActorName(e.From?.ActorId)} ({Side(e.From)})";
        return e.DeniedBy.Count == 0 ? $"{claim}." : $"{claim}; {Sources(e.DeniedBy)} den{(e.DeniedBy.Count == 1 ? "ies" : "y")}.";
    }

    private string InitialControl(ControlEvent e) =>
        $"Assessed holder: {catalog.ActorName(e.Holder!.ActorId)} ({Side(e.Holder)}), confirmed.";

    private string Sources(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "strike reports" : string.Join(", ", ids.Select(catalog.SourceName));

    private static string Side(ActorRef? actor) => actor is null ? "unknown side" : EnumNames.Name(actor.Side);

    private static string Words(TollCategory category) => EnumNames.Name(category).Replace('_', ' ');

    private static string Approximate(Precision? precision) => precision?.Describe() is { } text ? $" ({text})" : "";

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
