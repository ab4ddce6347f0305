using System.Globalization;

namespace FrontAlert.Domain;

/// <summary>
/// Writes a correction: an alert of its own (own id, own seq) that names the alert it corrects and says what holds now.
/// Its id derives from the corrected alert's, so the same correction raised twice is logged once.
/// </summary>
public sealed class CorrectionWriter(Catalog catalog, DateTimeOffset now)
{
    public static string IdOf(string correctedId) => $"{correctedId}/correction";

    public Alert Retracted(Alert original, RetractionReport retraction, Control? holder)
    {
        var why = $"{catalog.SourceName(retraction.SourceId)} retracted report {retraction.Retracts}"
            + (string.IsNullOrWhiteSpace(retraction.Reason) ? "." : $": {retraction.Reason}.");
        var place = catalog.NameOf(original.LocationId);
        var what = original.Kind == RuleKind.ControlChange && holder is not null
            ? $" {place} is held by {catalog.ActorName(holder.ActorId)} ({EnumNames.Name(holder.Side)}, {EnumNames.Name(holder.Confidence)})."
            : original.Kind == RuleKind.Strike ? $" The strike no longer counts in {place}'s figures or its areas'." : "";
        return Base(original, retraction, why + what) with
        {
            From = original.To,
            To = holder is null ? null : new ActorRef(holder.ActorId, holder.Side),
            Confidence = holder?.Confidence,
        };
    }

    /// <summary>A toll alert whose figure fell back below its threshold once a report was retracted.</summary>
    public Alert TollFell(Alert original, RetractionEvent retraction, long value)
    {
        var why = $"{catalog.SourceName(retraction.SourceId)} retracted report {retraction.ReportId}"
            + (string.IsNullOrWhiteSpace(retraction.Reason) ? "" : $" ({retraction.Reason})")
            + $"; the figure is now {value.ToString("N0", CultureInfo.InvariantCulture)}, below the threshold"
            + $" {original.Threshold?.ToString("N0", CultureInfo.InvariantCulture)}.";
        return Base(original, retraction.SourceId, [retraction.RetractionId, retraction.ReportId], retraction.ObservedAt, why) with
        {
            Category = original.Category,
            Value = value,
            Threshold = original.Threshold,
        };
    }

    private Alert Base(Alert original, RetractionReport retraction, string message) =>
        Base(original, retraction.SourceId, [retraction.Id, retraction.Retracts], retraction.ObservedAt, message);

    private Alert Base(Alert original, string sourceId, IReadOnlyList<string> reportIds, DateTimeOffset observedAt, string message) => new()
    {
        Id = IdOf(original.Id),
        RuleId = original.RuleId,
        Kind = RuleKind.Correction,
        Severity = original.Severity,
        LocationId = original.LocationId,
        LocationName = original.LocationName,
        ScopeId = original.ScopeId,
        Title = $"Correction: {original.Title}",
        Message = message,
        Corrects = original.Id,
        SourceIds = [sourceId],
        ReportIds = reportIds,
        ObservedAt = observedAt,
        RaisedAt = now,
    };
}
