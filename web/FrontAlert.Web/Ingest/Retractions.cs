using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>
/// Files each retraction at the place of the report it retracts, found in the report store, and refuses those that may
/// not go in: an unknown report, a retraction of a retraction, or (for a reporter) a report of another source.
/// </summary>
public sealed class Retractions(IReportStore store, TimeProvider clock)
{
    public async Task<List<Report>> Place(List<Report> valid, IReadOnlyDictionary<string, int> indexOf, bool asOperator, List<Rejection> rejected)
    {
        var retractions = valid.OfType<RetractionReport>().ToList();
        var filed = await store.Find([.. retractions.Select(r => r.Retracts)]);
        var now = clock.GetUtcNow();
        var placed = new List<Report>(valid.Count);
        foreach (var report in valid)
        {
            if (report is not RetractionReport retraction)
            {
                placed.Add(report);
                continue;
            }
            var errors = Check(retraction, filed.GetValueOrDefault(retraction.Retracts), asOperator);
            if (errors.Count > 0)
            {
                rejected.Add(new Rejection(indexOf[retraction.Id], retraction.Id, errors));
                continue;
            }
            var target = filed[retraction.Retracts];
            placed.Add(retraction with
            {
                LocationId = target.LocationId,
                // Without a time of its own, a retraction dates from when it was heard.
                ObservedAt = retraction.ObservedAt == DateTimeOffset.MinValue ? now : retraction.ObservedAt,
            });
        }
        return placed;
    }

    private static List<FieldError> Check(RetractionReport retraction, FiledReport? target, bool asOperator)
    {
        var errors = new List<FieldError>();
        if (retraction.Retracts == retraction.Id)
        {
            errors.Add(new("retracts", "a report cannot retract itself"));
        }
        else if (target is null)
        {
            errors.Add(new("retracts", $"unknown report '{retraction.Retracts}' (a report is known once it has been accepted)"));
        }
        else if (target.Report is RetractionReport)
        {
            errors.Add(new("retracts", $"'{retraction.Retracts}' is itself a retraction; retractions cannot be retracted"));
        }
        else if (!asOperator && target.Report.SourceId != retraction.SourceId)
        {
            errors.Add(new("sourceId", $"only the retracted report's own source ('{target.Report.SourceId}') or an operator may retract it"));
        }
        else if (retraction.LocationId.Length > 0 && retraction.LocationId != target.LocationId)
        {
            errors.Add(new("locationId", $"report '{retraction.Retracts}' was filed for '{target.LocationId}', not '{retraction.LocationId}'"));
        }
        return errors;
    }
}
